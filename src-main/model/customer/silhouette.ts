/**
 * Silhouette coefficient (Rousseeuw 1987, "Silhouettes: a graphical aid to the
 * interpretation and validation of cluster analysis", J. Comput. Appl. Math. 20):
 * for point i, a = mean Euclidean distance to the other members of its cluster,
 * b = the smallest mean distance to the members of another cluster,
 * s = (b − a)/max(a, b), and s = 0 for a point alone in its cluster.
 * The coefficient is the mean of s over all points. Exact: O(n²) distances.
 */

/** Mean silhouette of one labelling. 0 when fewer than two clusters are present. */
export function silhouette(points: readonly (readonly number[])[], labels: ArrayLike<number>): number {
  return silhouetteOfLabelings(points, [labels])[0];
}

/**
 * Mean silhouettes of several labellings of the same points, sharing each pairwise
 * distance between them (the k search scores k = 2…8 on one sample).
 */
export function silhouetteOfLabelings(points: readonly (readonly number[])[], labelings: readonly ArrayLike<number>[]): number[] {
  const n = points.length;
  const d = n > 0 ? points[0].length : 0;
  const L = labelings.length;
  const flat = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) flat[i * d + t] = points[i][t];
  // labels[j·L + l] and sums[(i·L + l)·K + cluster]: flat arrays keep the O(n²) loop tight.
  let K = 1;
  for (const labels of labelings) for (let i = 0; i < n; i++) K = Math.max(K, labels[i] + 1);
  const labels = new Int32Array(n * L);
  for (let l = 0; l < L; l++) for (let i = 0; i < n; i++) labels[i * L + l] = labelings[l][i];
  const sums = new Float64Array(n * L * K);
  for (let i = 0; i < n; i++) {
    const rowI = i * L;
    for (let j = i + 1; j < n; j++) {
      let sq = 0;
      for (let t = 0; t < d; t++) {
        const diff = flat[i * d + t] - flat[j * d + t];
        sq += diff * diff;
      }
      const dist = Math.sqrt(sq);
      const rowJ = j * L;
      for (let l = 0; l < L; l++) {
        sums[(rowI + l) * K + labels[rowJ + l]] += dist;
        sums[(rowJ + l) * K + labels[rowI + l]] += dist;
      }
    }
  }
  const result: number[] = [];
  for (let l = 0; l < L; l++) {
    const sizes = new Float64Array(K);
    for (let i = 0; i < n; i++) sizes[labels[i * L + l]]++;
    if (sizes.filter((size) => size > 0).length < 2) {
      result.push(0);
      continue;
    }
    let total = 0;
    for (let i = 0; i < n; i++) {
      const own = labels[i * L + l];
      if (sizes[own] <= 1) continue;
      const base = (i * L + l) * K;
      const a = sums[base + own] / (sizes[own] - 1);
      let b = Infinity;
      for (let c = 0; c < K; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[base + c] / sizes[c]);
      const denom = Math.max(a, b);
      total += denom > 0 ? (b - a) / denom : 0;
    }
    result.push(total / n);
  }
  return result;
}
