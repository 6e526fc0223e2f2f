/**
 * Tie-robust quintile scores for RFM.
 *
 * Rule: rank the values ascending, give tied values their average rank ρ (1…n), and score
 * s = ⌈5ρ/n⌉ ∈ {1…5}. Without ties this is the exact quintile (the lowest 20 % score 1);
 * with ties equal values always share a score — cutting a run of equal frequencies at an
 * arbitrary position, as plain "rank then cut" rules do, would give identical customers
 * different scores. (Average ranks: the "mid-rank" convention of Kendall & Gibbons,
 * Rank Correlation Methods, 1990, §3.)
 */

/**
 * Quintile score 1…5 of every value; `higherIsBetter = false` reverses the direction
 * (recency: fewer days since the last order scores 5).
 *
 * @example quintileScores([10, 20, 30, 40, 50], true) // [1, 2, 3, 4, 5]
 */
export function quintileScores(values: ArrayLike<number>, higherIsBetter: boolean): Uint8Array {
  return rankGroupScores(values, higherIsBetter, 5);
}

/**
 * The same tie-robust rule with `groups` groups: s = ⌈groups·ρ/n⌉ ∈ {1…groups}
 * (quartiles for the repeat buyers' frequency, see frequency-score.ts).
 */
export function rankGroupScores(values: ArrayLike<number>, higherIsBetter: boolean, groups: number): Uint8Array {
  const n = values.length;
  const sign = higherIsBetter ? 1 : -1;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = sign * values[i];
  sorted.sort();
  // Runs of equal values: a run at positions lo … hi−1 (0-based) holds ranks lo+1 … hi, so
  // twice its average rank is lo+1+hi, an integer, and the score ⌈groups·ρ/n⌉ is exact.
  const distinct: number[] = [];
  const runScores: number[] = [];
  for (let lo = 0; lo < n; ) {
    let hi = lo + 1;
    while (hi < n && sorted[hi] === sorted[lo]) hi++;
    distinct.push(sorted[lo]);
    runScores.push(Math.min(groups, Math.max(1, Math.floor((groups * (lo + 1 + hi) + 2 * n - 1) / (2 * n)))));
    lo = hi;
  }
  const scores = new Uint8Array(n);
  if (distinct.length <= 4096) {
    // Few distinct values (days, order counts): a lookup table.
    const byValue = new Map<number, number>();
    distinct.forEach((v, i) => byValue.set(v, runScores[i]));
    for (let i = 0; i < n; i++) scores[i] = byValue.get(sign * values[i] + 0) ?? 1;
    return scores;
  }
  const keys = Float64Array.from(distinct);
  for (let i = 0; i < n; i++) {
    const v = sign * values[i];
    let lo = 0;
    let hi = keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    scores[i] = runScores[lo];
  }
  return scores;
}
