/**
 * Silhouette coefficient (Rousseeuw 1987, "Silhouettes: a graphical aid to the
 * interpretation and validation of cluster analysis", J. Comput. Appl. Math. 20):
 * for point i, a = mean Euclidean distance to the other members of its cluster,
 * b = the smallest mean distance to the members of another cluster,
 * s = (b − a)/max(a, b), and s = 0 for a point alone in its cluster.
 * The coefficient is the mean of s over all points. Exact: O(n²) distances.
 * Large data: `sampledSilhouette` estimates it on a stratified sample, with its error.
 */

import { mulberry32 } from '../random.js';

/** Mean silhouette of one labelling, exactly. 0 when fewer than two clusters are present. */
export function silhouette(points: readonly (readonly number[])[], labels: ArrayLike<number>): number {
  const scores = silhouetteScores(points, labels);
  return scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
}

export interface SampledSilhouette {
  /** Estimated mean silhouette of all the points. */
  silhouette: number;
  /** Standard error of that estimate from the sampling of points (0 when every point was scored). */
  standardError: number;
  /** Points scored. */
  sampleSize: number;
}

/**
 * The mean silhouette of a labelling estimated on a sample stratified by cluster
 * (proportional allocation, at least two points of every cluster with two or more, each
 * cluster's points drawn without replacement from a seeded stream): every sampled point's
 * a and b are its mean distances to the sampled members of each cluster, so the cost is
 * O(size²) whatever n. The standard error is the stratified one,
 * √Σ W_h²·(1 − m_h/N_h)·s²_h/m_h (Cochran 1977, Sampling Techniques, §5.3), the error of the
 * mean over points; a and b from a sample add a smaller error it does not count. All
 * points are scored exactly (error 0) when n ≤ size.
 */
export function sampledSilhouette(data: Float64Array, n: number, d: number, labels: ArrayLike<number>, size: number, seed: number): SampledSilhouette {
  let K = 0;
  for (let i = 0; i < n; i++) K = Math.max(K, labels[i] + 1);
  const members: number[][] = Array.from({ length: K }, () => []);
  for (let i = 0; i < n; i++) members[labels[i]].push(i);
  const random = mulberry32(seed);
  const chosen: number[] = [];
  const take = members.map((m) => (n <= size ? m.length : Math.min(m.length, Math.max(m.length >= 2 ? 2 : m.length, Math.round((size * m.length) / n)))));
  members.forEach((m, h) => {
    // Partial Fisher–Yates: the first take[h] members, in place.
    for (let i = 0; i < take[h]; i++) {
      const j = i + Math.floor(random() * (m.length - i));
      [m[i], m[j]] = [m[j], m[i]];
      chosen.push(m[i]);
    }
  });
  const points = chosen.map((i) => Array.from(data.subarray(i * d, (i + 1) * d)));
  const scores = silhouetteScores(points, chosen.map((i) => labels[i]));
  // Stratified mean and its standard error.
  let mean = 0;
  let variance = 0;
  let offset = 0;
  members.forEach((m, h) => {
    const mh = take[h];
    if (mh === 0) return;
    const s = scores.subarray(offset, offset + mh);
    offset += mh;
    const W = m.length / n;
    const sMean = s.reduce((a, b) => a + b, 0) / mh;
    mean += W * sMean;
    if (mh > 1) {
      const s2 = s.reduce((a, b) => a + (b - sMean) ** 2, 0) / (mh - 1);
      variance += W * W * (1 - mh / m.length) * (s2 / mh);
    }
  });
  return { silhouette: mean, standardError: Math.sqrt(variance), sampleSize: chosen.length };
}

/** Each point's silhouette s(i) (0 alone in its cluster; all 0 with fewer than two clusters). */
export function silhouetteScores(points: readonly (readonly number[])[], labels: ArrayLike<number>): Float64Array {
  const n = points.length;
  const d = n > 0 ? points[0].length : 0;
  const flat = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let t = 0; t < d; t++) flat[i * d + t] = points[i][t];
  let K = 1;
  for (let i = 0; i < n; i++) K = Math.max(K, labels[i] + 1);
  const label = Int32Array.from(labels);
  const sums = new Float64Array(n * K);
  for (let i = 0; i < n; i++) {
    const li = label[i];
    for (let j = i + 1; j < n; j++) {
      let sq = 0;
      for (let t = 0; t < d; t++) {
        const diff = flat[i * d + t] - flat[j * d + t];
        sq += diff * diff;
      }
      const dist = Math.sqrt(sq);
      sums[i * K + label[j]] += dist;
      sums[j * K + li] += dist;
    }
  }
  const sizes = new Float64Array(K);
  for (let i = 0; i < n; i++) sizes[label[i]]++;
  const scores = new Float64Array(n);
  if (sizes.filter((size) => size > 0).length < 2) return scores;
  for (let i = 0; i < n; i++) {
    const own = label[i];
    if (sizes[own] <= 1) continue;
    const a = sums[i * K + own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < K; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[i * K + c] / sizes[c]);
    const denom = Math.max(a, b);
    scores[i] = denom > 0 ? (b - a) / denom : 0;
  }
  return scores;
}
