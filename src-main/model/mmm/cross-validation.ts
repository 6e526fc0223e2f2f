/**
 * Rolling-origin time-series cross-validation (Hyndman & Athanasopoulos, "Forecasting:
 * Principles and Practice", 3rd ed., §5.10 "time series cross-validation"): each fold fits
 * the weeks before its origin and predicts the next block of weeks, never the past from
 * the future. The training sets are nested prefixes, so one pass over the rows builds
 * every fold's normal equations.
 */
import type { FitSpec } from './regression.js';
import { allColumns, columnVariances, predictAt, solveFromGram } from './regression.js';

export interface Folds {
  /** Training ends (exclusive), ascending; fold i tests [origins[i], origins[i] + horizon). */
  origins: number[];
  horizon: number;
}

/** Four folds over the last quarter of the history (at least 2 weeks each). */
export function rollingOriginFolds(n: number, count = 4): Folds {
  const horizon = Math.max(2, Math.round((n * 0.25) / count));
  const origins: number[] = [];
  for (let i = count; i >= 1; i--) origins.push(n - i * horizon);
  return { origins, horizon };
}

/**
 * The folds that select the hyper-parameters: twelve short horizons over the last half of
 * the history (at least 2 weeks each), so the choice rests on about half the weeks, not on
 * the last quarter's few dozen.
 */
export function selectionFolds(n: number, count = 12): Folds {
  const horizon = Math.max(2, Math.round((n * 0.5) / count));
  const origins: number[] = [];
  for (let i = count; i >= 1; i--) if (n - i * horizon >= 8) origins.push(n - i * horizon);
  return { origins, horizon };
}

export interface CrossValidation {
  /** Mean squared error over all held-out weeks (scaled units). */
  mse: number;
  /** Each held-out week's prediction, by week index (NaN where not held out). */
  predictions: Float64Array;
  /** Each fold's coefficients. */
  foldCoefficients: Float64Array[];
}

export function crossValidate(spec: FitSpec, folds: Folds, keepCoefficients = false): CrossValidation {
  const columns = allColumns(spec);
  const p = columns.length;
  const { n, y } = spec.design;
  const variances = columnVariances(columns, n);
  const g = new Float64Array(p * p);
  const c = new Float64Array(p);
  const row = new Float64Array(p);
  const predictions = new Float64Array(n).fill(NaN);
  const foldCoefficients: Float64Array[] = [];
  let ss = 0;
  let count = 0;
  let t = 0;
  for (const origin of folds.origins) {
    for (; t < origin; t++) {
      for (let j = 0; j < p; j++) row[j] = columns[j][t];
      for (let i = 0; i < p; i++) {
        c[i] += row[i] * y[t];
        for (let j = 0; j <= i; j++) g[i * p + j] += row[i] * row[j];
      }
    }
    // Lift-test priors describe fixed periods; they stay in every fold (they are not weeks of data).
    const b = solveFromGram(spec, g, c, origin, variances);
    if (keepCoefficients) foldCoefficients.push(b);
    for (let u = origin; u < Math.min(n, origin + folds.horizon); u++) {
      const prediction = predictAt(columns, b, u);
      predictions[u] = prediction;
      ss += (y[u] - prediction) ** 2;
      count++;
    }
  }
  return { mse: count ? ss / count : Infinity, predictions, foldCoefficients };
}
