/**
 * Customer segmentation by k-means on RFM plus optional numeric attributes
 * (the customer clustering of issue 5): signed log1p then z-scaling; k-means++ with seeded restarts;
 * k chosen by the silhouette (Rousseeuw 1987) over k = 2…8.
 *
 * Large data: the k search runs on a seeded sample of at most 10,000 customers — for each
 * k the best of ≥ 10 restarts by inertia (typed arrays, kmeans-fit.ts), its silhouette
 * estimated on a stratified sample of 3,000 of them with its standard error (silhouette.ts).
 * The final model starts from the chosen k's best sample centres, converges on 100,000
 * customers, then runs Lloyd's iterations on all customers; reported inertia is on all
 * customers, the silhouette and the elbow curve on the sample.
 */
import { nameClusters } from './cluster-names.js';
import { signedLog1p, standardizeColumns, type FeatureScaling } from './feature-scaling.js';
import { countDistinctRows, fitKMeansBestOf, lloydOnMatrix, selectRows, type KMeansFit, type PointMatrix } from './kmeans-fit.js';
import { sampleIndices } from '../random.js';
import type { Bilingual } from './segment-actions.js';
import { sampledSilhouette } from './silhouette.js';
import { WarningCounter, type CustomerWarning } from './warnings.js';
import type { KSearchPoint } from '@shared/analyses/segments.result.js';

export type { KSearchPoint };

export interface ClusterInput {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  /** Extra numeric attributes (age…), aligned with `attributeNames`; null = missing. */
  attributes?: readonly (number | null)[];
}

export interface KMeansOptions {
  /** A fixed k, or 'auto' (default) for the silhouette search. */
  k?: number | 'auto';
  kMin?: number;
  kMax?: number;
  /**
   * The k an automatic search may pick, when narrower than kMin..kMax: every k is still
   * scored (the chart shows them all), but two groups are too coarse to act on, so a
   * marketing segmentation picks the best silhouette among, say, 3–6.
   */
  pickFrom?: { min: number; max: number };
  seed?: number;
  /** Restarts per k (at least 10). */
  restarts?: number;
  /** Largest sample for the k search and the silhouette. */
  sampleSize?: number;
  attributeNames?: readonly string[];
}


export interface ClusterProfile {
  id: number;
  name: Bilingual;
  size: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  meanRecencyDays: number;
  meanFrequency: number;
  meanMonetary: number;
  attributeMeans: number[];
  /** Centroid in the scaled feature space. */
  centroid: number[];
}

export interface KMeansSegmentation {
  k: number;
  chosenBy: 'silhouette' | 'fixed';
  silhouette: number;
  /** The k with the best silhouette over the whole search (differs from k when `pickFrom` ruled it out). */
  bestScoredK: number;
  inertia: number;
  kSearch: KSearchPoint[];
  /** Customers of the k-search sample the k-means fits ran on. */
  sampleSize: number;
  /** Customers each k's silhouette was scored on (a stratified sample of the k-search sample). */
  silhouetteSampleSize: number;
  features: string[];
  scaling: FeatureScaling;
  clusters: ClusterProfile[];
  /** Cluster id of each input customer, in input order. */
  assignments: Int32Array;
  warnings: CustomerWarning[];
}

/** Points each k's silhouette is scored on: its standard error is then about 0.005 (kSearch states it). */
const SILHOUETTE_SAMPLE = 3000;
/** Customers the chosen k's centres are refined on before the pass over everyone. */
const REFINE_SAMPLE = 100_000;

/** Features (signed log1p of R, F, M and attributes; missing attributes at the column mean), z-scaled, row-major. */
function buildFeatures(customers: readonly ClusterInput[], attributeCount: number): { data: Float64Array; d: number; scaling: FeatureScaling } {
  const n = customers.length;
  const d = 3 + attributeCount;
  const data = new Float64Array(n * d);
  const sums = new Array<number>(attributeCount).fill(0);
  const counts = new Array<number>(attributeCount).fill(0);
  for (let i = 0; i < n; i++) {
    const c = customers[i];
    data[i * d] = signedLog1p(c.recencyDays);
    data[i * d + 1] = signedLog1p(c.frequency);
    data[i * d + 2] = signedLog1p(c.monetary);
    for (let a = 0; a < attributeCount; a++) {
      const v = c.attributes?.[a];
      if (typeof v === 'number' && Number.isFinite(v)) {
        data[i * d + 3 + a] = signedLog1p(v);
        sums[a] += signedLog1p(v);
        counts[a]++;
      } else data[i * d + 3 + a] = NaN;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < attributeCount; a++) {
      if (Number.isNaN(data[i * d + 3 + a])) data[i * d + 3 + a] = counts[a] > 0 ? sums[a] / counts[a] : 0;
    }
  }
  const scaling = standardizeColumns(data, n, d);
  return { data, d, scaling };
}

function profileClusters(customers: readonly ClusterInput[], fit: KMeansFit, attributeCount: number): ClusterProfile[] {
  const k = fit.centroids.length;
  const acc = Array.from({ length: k }, () => ({ size: 0, r: 0, f: 0, m: 0, attr: new Array<number>(attributeCount).fill(0), attrN: new Array<number>(attributeCount).fill(0) }));
  let total = 0;
  customers.forEach((c, i) => {
    const a = acc[fit.labels[i]];
    a.size++;
    a.r += c.recencyDays;
    a.f += c.frequency;
    a.m += c.monetary;
    total += c.monetary;
    for (let t = 0; t < attributeCount; t++) {
      const v = c.attributes?.[t];
      if (typeof v === 'number' && Number.isFinite(v)) {
        a.attr[t] += v;
        a.attrN[t]++;
      }
    }
  });
  const names = nameClusters(fit.centroids.map((c) => ({ zRecency: c[0], zFrequency: c[1], zMonetary: c[2] })));
  const mean = (sum: number, size: number): number => (size > 0 ? sum / size : 0);
  return acc.map((a, id) => ({
    id,
    name: names[id],
    size: a.size,
    customerShare: mean(a.size, customers.length),
    revenue: a.m,
    revenueShare: total > 0 ? a.m / total : 0,
    meanRecencyDays: mean(a.r, a.size),
    meanFrequency: mean(a.f, a.size),
    meanMonetary: mean(a.m, a.size),
    attributeMeans: a.attr.map((s, t) => mean(s, a.attrN[t])),
    centroid: fit.centroids[id],
  }));
}

/** k-means segmentation of customers (typically the output of computeRfm). */
export function segmentCustomersKMeans(customers: readonly ClusterInput[], options: KMeansOptions = {}): KMeansSegmentation {
  const warnings = new WarningCounter();
  const attributeNames = [...(options.attributeNames ?? [])];
  const seed = options.seed ?? 1;
  const restarts = Math.max(10, options.restarts ?? 10);
  const n = customers.length;
  const { data, d, scaling } = buildFeatures(customers, attributeNames.length);
  const matrix: PointMatrix = { data, n, d };
  const sample = selectRows(matrix, sampleIndices(n, Math.min(10_000, options.sampleSize ?? 10_000), seed));
  const fixedK = typeof options.k === 'number' ? Math.max(1, Math.floor(options.k)) : null;
  const kMin = fixedK ?? Math.max(2, options.kMin ?? 2);
  const kMax = fixedK ?? Math.max(kMin, options.kMax ?? 8);
  const distinct = countDistinctRows(sample, kMax);

  // k-means++ needs k distinct points: a fixed k shrinks to what the data allows.
  const kHigh = Math.min(kMax, distinct);
  const kLow = fixedK === null ? kMin : kHigh;
  if (kHigh < kMin) warnings.add('tooFewCustomersForClusters');
  const fits = new Map<number, KMeansFit>();
  const kSearch: KSearchPoint[] = [];
  for (let k = Math.max(1, kLow); k <= kHigh; k++) {
    const fit = fitKMeansBestOf(sample, k, restarts, seed * 1000 + k * 37);
    fits.set(k, fit);
    const scored = sampledSilhouette(sample.data, sample.n, d, fit.labels, SILHOUETTE_SAMPLE, seed * 1000 + k * 37);
    kSearch.push({ k, silhouette: scored.silhouette, silhouetteStandardError: scored.standardError, inertia: fit.inertia });
  }
  const silhouetteSampleSize = Math.min(sample.n, SILHOUETTE_SAMPLE);

  const bestOf = (points: readonly KSearchPoint[]): KSearchPoint | undefined => points.reduce<KSearchPoint | undefined>((b, p) => (b === undefined || p.silhouette > b.silhouette ? p : b), undefined);
  const pickable = kSearch.filter((p) => !options.pickFrom || (p.k >= options.pickFrom.min && p.k <= options.pickFrom.max));
  const bestScored = bestOf(kSearch);
  // Fewer distinct customers than the range needs: the best k the data allows.
  const best = bestOf(pickable) ?? bestScored;
  const sampleFit = best ? fits.get(best.k) : undefined;
  let fit: KMeansFit;
  if (!sampleFit) {
    // Too few distinct customers to cluster: one group holding everyone.
    const centroid = new Array<number>(d).fill(0);
    fit = { centroids: n > 0 ? [centroid] : [], labels: new Int32Array(n), inertia: 0 };
  } else if (sample.n === n) {
    fit = sampleFit;
  } else {
    // Lloyd's tail on a million points is slow (centres creep by less and less): converge
    // on a larger sample first, so the full data starts next to its own optimum.
    const middle = n > REFINE_SAMPLE * 2 ? selectRows(matrix, sampleIndices(n, REFINE_SAMPLE, seed + 1)) : null;
    const start = middle ? lloydOnMatrix(middle.data, middle.n, d, sampleFit.centroids).centroids : sampleFit.centroids;
    fit = lloydOnMatrix(data, n, d, start);
  }
  return {
    k: fit.centroids.length,
    chosenBy: fixedK === null ? 'silhouette' : 'fixed',
    silhouette: best?.silhouette ?? 0,
    bestScoredK: bestScored?.k ?? fit.centroids.length,
    inertia: fit.inertia,
    kSearch,
    sampleSize: sample.n,
    silhouetteSampleSize,
    features: ['recency', 'frequency', 'monetary', ...attributeNames],
    scaling,
    clusters: profileClusters(customers, fit, attributeNames.length),
    assignments: fit.labels,
    warnings: warnings.list(),
  };
}
