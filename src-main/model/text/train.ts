/**
 * L2-regularised logistic regression over the featurizer's sparse features, fitted by
 * Adagrad stochastic gradient descent (Duchi, Hazan & Singer 2011) in a seeded order, so
 * the same data give the same weights bit for bit. The regulariser pulls each weight
 * toward a prior mean — 0 for the shipped model, the shipped weights when a project's
 * corrections adapt it (a MAP update: Chelba & Acero 2006, "Adaptation of maximum entropy
 * capitalizer"). Targets may be soft (0.5 for a review the user calls neutral).
 */
import { mulberry32, shuffleInPlace } from '../random.js';
import type { FeatureHit } from './types.js';

export interface TrainingExample {
  hits: readonly FeatureHit[];
  /** 1 positive, 0 negative, 0.5 neutral. */
  target: number;
}

export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  /** L2 strength per example (λ / n is applied at every visit of a feature). */
  l2: number;
  seed: number;
  /** Mean the regulariser pulls toward (missing features: 0). */
  prior?: Readonly<Record<string, number>>;
  /** Features whose weight stays at its prior (e.g. the VADER valence scale). */
  frozen?: ReadonlySet<string>;
  /**
   * Fit a free intercept beside the features (default true; it is not returned). Off when
   * the examples carry their own bias features (build.ts), which then take its place.
   */
  intercept?: boolean;
  /** Learning-rate multiplier of a feature (default 1): a gentler fit for some features than others. */
  rateScale?: (feature: string) => number;
}

interface SparseRow {
  index: Int32Array;
  value: Float64Array;
  target: number;
}

function toRows(examples: readonly TrainingExample[], featureIndex: Map<string, number>): SparseRow[] {
  return examples.map((ex) => {
    const sums = new Map<number, number>();
    for (const h of ex.hits) {
      let j = featureIndex.get(h.feature);
      if (j === undefined) {
        j = featureIndex.size;
        featureIndex.set(h.feature, j);
      }
      sums.set(j, (sums.get(j) ?? 0) + h.value);
    }
    const keys = [...sums.keys()].sort((a, b) => a - b);
    return { index: Int32Array.from(keys), value: Float64Array.from(keys.map((k) => sums.get(k) ?? 0)), target: ex.target };
  });
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Returns the fitted weights by feature (the free intercept, when fitted, is not returned). */
export function fitLogistic(examples: readonly TrainingExample[], options: LogisticOptions): Map<string, number> {
  const featureIndex = new Map<string, number>();
  const rows = toRows(examples, featureIndex);
  const names = [...featureIndex.keys()];
  const prior = Float64Array.from(names, (f) => options.prior?.[f] ?? 0);
  const frozen = Uint8Array.from(names, (f) => (options.frozen?.has(f) ? 1 : 0));
  const rate = Float64Array.from(names, (f) => options.learningRate * (options.rateScale?.(f) ?? 1));
  const w = Float64Array.from(prior);
  const g2 = new Float64Array(names.length).fill(1e-8);
  const intercept = options.intercept ?? true;
  let bias = 0;
  let biasG2 = 1e-8;
  const order = Int32Array.from(rows.keys());
  const random = mulberry32(options.seed);
  const shrink = options.l2 / Math.max(1, rows.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const r of order) {
      const row = rows[r];
      let z = bias;
      for (let k = 0; k < row.index.length; k++) z += w[row.index[k]] * row.value[k];
      const error = sigmoid(z) - row.target;
      for (let k = 0; k < row.index.length; k++) {
        const j = row.index[k];
        if (frozen[j]) continue;
        const grad = error * row.value[k] + shrink * (w[j] - prior[j]);
        g2[j] += grad * grad;
        w[j] -= (rate[j] * grad) / Math.sqrt(g2[j]);
      }
      if (intercept) {
        biasG2 += error * error;
        bias -= (options.learningRate * error) / Math.sqrt(biasG2);
      }
    }
  }
  return new Map(names.map((f, j) => [f, w[j]]));
}
