/**
 * k-means fits on typed, row-major n × d matrices (Lloyd 1982, "Least squares quantization
 * in PCM", IEEE Trans. Inf. Theory 28; seeding by greedy k-means++, Arthur & Vassilvitskii
 * 2007, "k-means++: the advantages of careful seeding", with the 2 + ⌊ln k⌋ candidates per
 * step of scikit-learn's implementation): the best of several seeded restarts by inertia,
 * and the refinement of a large data set from given centres. Typed arrays, not arrays of
 * arrays: a million customers fit in a fraction of the time and none of the garbage.
 */
import { mulberry32, type Random } from '../random.js';

export interface KMeansFit {
  centroids: number[][];
  labels: Int32Array;
  /** Sum of squared distances of the points to their centroid. */
  inertia: number;
}

/** Points as one row-major block: row i is data[i·d … i·d + d). */
export interface PointMatrix {
  data: Float64Array;
  n: number;
  d: number;
}

/** The rows `indices` of a matrix, as a new matrix. */
export function selectRows(m: PointMatrix, indices: ArrayLike<number>): PointMatrix {
  const data = new Float64Array(indices.length * m.d);
  for (let i = 0; i < indices.length; i++) data.set(m.data.subarray(indices[i] * m.d, (indices[i] + 1) * m.d), i * m.d);
  return { data, n: indices.length, d: m.d };
}

function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let sq = 0;
  for (let t = 0; t < d; t++) {
    const diff = a[i * d + t] - b[j * d + t];
    sq += diff * diff;
  }
  return sq;
}

/** Index of the first cumulative weight above `target` (weights ≥ 0, their total above target). */
function pickByWeight(weights: Float64Array, target: number): number {
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i];
    if (acc > target) return i;
  }
  // Rounding left the target at the very end: the last point with weight.
  for (let i = weights.length - 1; i >= 0; i--) if (weights[i] > 0) return i;
  return weights.length - 1;
}

/**
 * Greedy k-means++ seeding: the first centre uniformly, each next one chosen among
 * 2 + ⌊ln k⌋ candidates drawn with probability ∝ D² (squared distance to the nearest
 * centre so far) as the one that lowers the total D² most. Needs k distinct rows.
 */
export function seedKMeansPlusPlus(m: PointMatrix, k: number, random: Random): Float64Array {
  const { data, n, d } = m;
  const centres = new Float64Array(k * d);
  const first = Math.floor(random() * n);
  centres.set(data.subarray(first * d, (first + 1) * d), 0);
  const nearest = new Float64Array(n);
  let potential = 0;
  for (let i = 0; i < n; i++) {
    nearest[i] = squaredDistance(data, i, centres, 0, d);
    potential += nearest[i];
  }
  const trials = 2 + Math.floor(Math.log(k));
  const candidateNearest = new Float64Array(n);
  const bestNearest = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let bestCandidate = -1;
    let bestPotential = Infinity;
    for (let trial = 0; trial < trials; trial++) {
      const candidate = pickByWeight(nearest, random() * potential);
      let candidatePotential = 0;
      for (let i = 0; i < n; i++) {
        const sq = squaredDistance(data, i, data, candidate, d);
        candidateNearest[i] = sq < nearest[i] ? sq : nearest[i];
        candidatePotential += candidateNearest[i];
      }
      if (candidatePotential < bestPotential) {
        bestPotential = candidatePotential;
        bestCandidate = candidate;
        bestNearest.set(candidateNearest);
      }
    }
    centres.set(data.subarray(bestCandidate * d, (bestCandidate + 1) * d), c * d);
    nearest.set(bestNearest);
    potential = bestPotential;
  }
  return centres;
}

/** The centres as arrays (the result's shape), from the block they were computed in. */
function centresToArrays(centres: Float64Array, k: number, d: number): number[][] {
  return Array.from({ length: k }, (_, j) => Array.from(centres.subarray(j * d, (j + 1) * d)));
}

/**
 * Lloyd's iterations (assign to the nearest centre, move each centre to its members' mean)
 * from the given centres, until no centre moves by more than `tolerance` (squared
 * distance) or `maxIterations`. A centre that loses all members stays where it was. The
 * last pass only assigns, so labels and inertia match the returned centres.
 *
 * The assignments use Hamerly's bounds (G. Hamerly 2010, "Making k-means even faster",
 * SIAM SDM): an upper bound on each point's distance to its centre and a lower bound on
 * the distance to any other let most points keep their centre without computing a single
 * distance once the centres barely move, which on a million customers is most of Lloyd's
 * iterations. The bounds only skip work Lloyd's would do to the same end: the labels,
 * centres and iterations are Lloyd's (a point equally near two centres aside).
 */
export function lloydOnMatrix(data: Float64Array, n: number, d: number, start: readonly number[][] | Float64Array, maxIterations = 100, tolerance = 1e-8): KMeansFit {
  const k = start instanceof Float64Array ? start.length / d : start.length;
  const centres = new Float64Array(k * d);
  if (start instanceof Float64Array) centres.set(start);
  else start.forEach((c, j) => centres.set(c, j * d));
  const labels = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const halfGap = new Float64Array(k);
  const shift = new Float64Array(k);
  // First assignment: every distance, as Lloyd's.
  for (let i = 0; i < n; i++) assignExhaustively(data, i, centres, k, d, labels, upper, lower);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    // Move each centre to its members' mean (sums in point order, as Lloyd's).
    sums.fill(0);
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const j = labels[i];
      counts[j]++;
      for (let t = 0; t < d; t++) sums[j * d + t] += data[i * d + t];
    }
    let moved = 0;
    for (let j = 0; j < k; j++) {
      let sq = 0;
      if (counts[j] > 0) {
        for (let t = 0; t < d; t++) {
          const next = sums[j * d + t] / counts[j];
          sq += (next - centres[j * d + t]) ** 2;
          centres[j * d + t] = next;
        }
      }
      shift[j] = Math.sqrt(sq);
      moved = Math.max(moved, sq);
    }
    if (moved <= tolerance) break;
    // Bounds follow the centres: the own centre came at most its shift nearer or farther, any other at most the largest shift nearer.
    let largest = 0;
    let second = 0;
    let largestAt = -1;
    for (let j = 0; j < k; j++) {
      if (shift[j] > largest) {
        second = largest;
        largest = shift[j];
        largestAt = j;
      } else if (shift[j] > second) second = shift[j];
    }
    for (let j = 0; j < k; j++) {
      let nearest = Infinity;
      for (let other = 0; other < k; other++) if (other !== j) nearest = Math.min(nearest, squaredDistance(centres, j, centres, other, d));
      halfGap[j] = Math.sqrt(nearest) / 2;
    }
    for (let i = 0; i < n; i++) {
      const j = labels[i];
      upper[i] += shift[j];
      lower[i] -= j === largestAt ? second : largest;
      const bound = Math.max(halfGap[j], lower[i]);
      if (upper[i] < bound) continue;
      upper[i] = Math.sqrt(squaredDistance(data, i, centres, j, d));
      if (upper[i] < bound) continue;
      assignExhaustively(data, i, centres, k, d, labels, upper, lower);
    }
  }
  // The last pass only assigns, every distance: labels and inertia exactly those of the returned centres.
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestDistance = Infinity;
    for (let j = 0; j < k; j++) {
      const sq = squaredDistance(data, i, centres, j, d);
      if (sq < bestDistance) {
        bestDistance = sq;
        best = j;
      }
    }
    labels[i] = best;
    inertia += bestDistance;
  }
  return { centroids: centresToArrays(centres, k, d), labels, inertia };
}

/** Point i's nearest centre (the first of equals), its distance, and the distance to the next nearest. */
function assignExhaustively(data: Float64Array, i: number, centres: Float64Array, k: number, d: number, labels: Int32Array, upper: Float64Array, lower: Float64Array): void {
  let best = 0;
  let bestDistance = Infinity;
  let secondDistance = Infinity;
  for (let j = 0; j < k; j++) {
    const sq = squaredDistance(data, i, centres, j, d);
    if (sq < bestDistance) {
      secondDistance = bestDistance;
      bestDistance = sq;
      best = j;
    } else if (sq < secondDistance) secondDistance = sq;
  }
  labels[i] = best;
  upper[i] = Math.sqrt(bestDistance);
  lower[i] = Math.sqrt(secondDistance);
}

/**
 * Best of `restarts` seeded k-means++ + Lloyd runs by inertia. Run r draws from its own
 * stream (seed + r), so adding restarts never changes the earlier ones.
 */
export function fitKMeansBestOf(m: PointMatrix, k: number, restarts: number, seed: number): KMeansFit {
  let best: KMeansFit | null = null;
  for (let run = 0; run < restarts; run++) {
    const start = seedKMeansPlusPlus(m, k, mulberry32(seed + run));
    const fit = lloydOnMatrix(m.data, m.n, m.d, start);
    if (!best || fit.inertia < best.inertia) best = fit;
  }
  if (!best) throw new RangeError('fitKMeansBestOf requires at least one restart');
  return best;
}

/** Number of distinct rows, counted up to `cap` (k-means++ needs at least k distinct points). */
export function countDistinctRows(m: PointMatrix, cap: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < m.n && seen.size < cap; i++) seen.add(m.data.subarray(i * m.d, (i + 1) * m.d).join(','));
  return seen.size;
}
