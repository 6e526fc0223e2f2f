/**
 * k-means fits (Lloyd 1982; k-means++ seeding of Arthur & Vassilvitskii 2007): the best of
 * several seeded ml-kmeans restarts by inertia, and a typed-array Lloyd refinement of a large
 * data set from given centres.
 */
import { kmeans } from 'ml-kmeans';

export interface KMeansFit {
  centroids: number[][];
  labels: Int32Array;
  /** Sum of squared distances of the points to their centroid. */
  inertia: number;
}

/** Labels of the nearest centroid and the resulting inertia. */
export function assignToCentroids(points: readonly number[][], centroids: readonly number[][]): { labels: Int32Array; inertia: number } {
  const labels = new Int32Array(points.length);
  let inertia = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < centroids.length; c++) {
      const q = centroids[c];
      let sq = 0;
      for (let t = 0; t < p.length; t++) {
        const diff = p[t] - q[t];
        sq += diff * diff;
      }
      if (sq < bestDistance) {
        bestDistance = sq;
        best = c;
      }
    }
    labels[i] = best;
    inertia += bestDistance;
  }
  return { labels, inertia };
}

/**
 * Best of `restarts` k-means++ runs (seeds seed, seed+1, …) by inertia. Inertia is
 * recomputed from the final centroids, because Lloyd's loop may stop at its iteration cap
 * with labels one step behind.
 */
export function fitKMeansBestOf(points: readonly number[][], k: number, restarts: number, seed: number): KMeansFit {
  let best: KMeansFit | null = null;
  for (let run = 0; run < restarts; run++) {
    const result = kmeans(points as number[][], k, { initialization: 'kmeans++', seed: seed + run, maxIterations: 100 });
    const { labels, inertia } = assignToCentroids(points, result.centroids);
    if (!best || inertia < best.inertia) best = { centroids: result.centroids, labels, inertia };
  }
  if (!best) throw new RangeError('fitKMeansBestOf requires at least one restart');
  return best;
}

/**
 * Lloyd's iterations (assign to the nearest centre, move each centre to its members' mean)
 * on a row-major n × d matrix, from the given centres, until no centre moves by more than
 * `tolerance` (squared distance) or `maxIterations`. The same algorithm as ml-kmeans's loop,
 * on typed arrays: for a million customers it is an order of magnitude faster than arrays
 * of arrays. A centre that loses all members stays where it was.
 */
export function lloydOnMatrix(data: Float64Array, n: number, d: number, start: readonly number[][], maxIterations = 100, tolerance = 1e-8): KMeansFit {
  const k = start.length;
  const centres = new Float64Array(k * d);
  start.forEach((c, j) => centres.set(c, j * d));
  const labels = new Int32Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  let inertia = 0;
  let lastIteration = maxIterations;
  for (let iteration = 0; iteration <= lastIteration; iteration++) {
    sums.fill(0);
    counts.fill(0);
    inertia = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDistance = Infinity;
      for (let j = 0; j < k; j++) {
        let sq = 0;
        for (let t = 0; t < d; t++) {
          const diff = data[i * d + t] - centres[j * d + t];
          sq += diff * diff;
        }
        if (sq < bestDistance) {
          bestDistance = sq;
          best = j;
        }
      }
      labels[i] = best;
      inertia += bestDistance;
      counts[best]++;
      for (let t = 0; t < d; t++) sums[best * d + t] += data[i * d + t];
    }
    // The last pass only assigns: labels and inertia then match the returned centres.
    if (iteration === lastIteration) break;
    let moved = 0;
    for (let j = 0; j < k; j++) {
      if (counts[j] === 0) continue;
      let sq = 0;
      for (let t = 0; t < d; t++) {
        const next = sums[j * d + t] / counts[j];
        sq += (next - centres[j * d + t]) ** 2;
        centres[j * d + t] = next;
      }
      moved = Math.max(moved, sq);
    }
    if (moved <= tolerance) lastIteration = iteration + 1;
  }
  const centroids = Array.from({ length: k }, (_, j) => Array.from(centres.subarray(j * d, (j + 1) * d)));
  return { centroids, labels, inertia };
}

/** Number of distinct rows (k-means++ needs at least k distinct points). */
export function countDistinctPoints(points: readonly number[][], cap: number): number {
  const seen = new Set<string>();
  for (const p of points) {
    seen.add(p.join(','));
    if (seen.size >= cap) break;
  }
  return seen.size;
}
