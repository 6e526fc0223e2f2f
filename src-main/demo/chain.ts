/**
 * The true customer-journey chain: a first-order Markov chain start → channels →
 * conversion | null (Anderl, Becker, von Wangenheim & Schumann 2016, "Mapping the customer
 * journey: lessons learned from graph-based online attribution modeling", IJRM 33(3)).
 * Journeys are drawn from it, and because the chain is known its conversion probability
 * and removal effects are known exactly: they are the truth the attribution engine is
 * checked against.
 */

/** Start probabilities, in CHANNELS order (catalogue.ts). */
export const TRUE_START: readonly number[] = [0.3, 0.06, 0.2, 0.16, 0.12, 0.02, 0.07, 0.07];

/**
 * Transition rows, one per channel in CHANNELS order; columns are the 8 channels, then
 * conversion, then null (the journey ends without a purchase). Each row sums to 1.
 * Owned channels (WeChat, Email) and the marketplace (Taobao) close sales; Douyin and
 * Xiaohongshu feed them; Baidu mostly leads nowhere; the export channels feed each other.
 */
export const TRUE_TRANSITIONS: readonly (readonly number[])[] = [
  // 抖音   微信  小红书 百度  淘宝  Email Google Meta  conv  null
  [0.26, 0.11, 0.15, 0.03, 0.15, 0.04, 0.02, 0.03, 0.03, 0.18], // 抖音
  [0.06, 0.22, 0.05, 0.01, 0.12, 0.18, 0.01, 0.01, 0.18, 0.16], // 微信
  [0.09, 0.12, 0.26, 0.03, 0.22, 0.04, 0.01, 0.01, 0.06, 0.16], // 小红书
  [0.05, 0.03, 0.07, 0.21, 0.11, 0.02, 0.02, 0.01, 0.03, 0.45], // 百度
  [0.05, 0.12, 0.05, 0.02, 0.26, 0.08, 0.01, 0.01, 0.22, 0.18], // 淘宝
  [0.03, 0.17, 0.03, 0.01, 0.13, 0.2, 0.01, 0.01, 0.24, 0.17], // Email
  [0.02, 0.03, 0.02, 0.04, 0.03, 0.11, 0.25, 0.13, 0.13, 0.24], // Google Ads
  [0.04, 0.03, 0.03, 0.01, 0.03, 0.11, 0.13, 0.25, 0.1, 0.27], // Meta
];

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and non-singular). */
export function solveLinear(matrix: readonly (readonly number[])[], rhs: readonly number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = col + 1; r < n; r++) {
      const f = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= f * a[col][c];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n];
    for (let c = r + 1; c < n; c++) s -= a[r][c] * x[c];
    x[r] = s / a[r][r];
  }
  return x;
}

/**
 * P(conversion) of the absorbing chain: x = (I − Q)⁻¹ r with Q the channel-to-channel
 * block and r the channel-to-conversion column (Kemeny & Snell 1960, "Finite Markov
 * Chains", ch. 3), then P = start · x. A removed channel sends all its in-flow to null
 * (x_removed = 0), the removal convention of the Markov model (model/attribution/markov.ts).
 */
export function conversionProbability(
  start: readonly number[],
  transitions: readonly (readonly number[])[],
  removed = -1,
): number {
  const n = start.length;
  const system = transitions.map((row, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0) - (i === removed || j === removed ? 0 : row[j])),
  );
  const rhs = transitions.map((row, i) => (i === removed ? 0 : row[n]));
  const x = solveLinear(system, rhs);
  return start.reduce((sum, p, i) => sum + p * x[i], 0);
}

/** Removal effect RE_k = 1 − P(conv | k removed) / P(conv), per channel. */
export function removalEffects(start: readonly number[], transitions: readonly (readonly number[])[]): number[] {
  const base = conversionProbability(start, transitions);
  return start.map((_, k) => 1 - conversionProbability(start, transitions, k) / base);
}

/** Expected touches per journey: start · (I − Q)⁻¹ · 1 (expected visits before absorption). */
export function expectedJourneyLength(start: readonly number[], transitions: readonly (readonly number[])[]): number {
  const n = start.length;
  const system = transitions.map((row, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0) - row[j]));
  const steps = solveLinear(system, new Array<number>(n).fill(1));
  return start.reduce((sum, p, i) => sum + p * steps[i], 0);
}
