/**
 * Goodness of fit as Robyn reports it: R², MAPE and NRMSE = RMSE / (max − min of the
 * actuals) (Robyn docs, "Model selection"). NaN entries (weeks not predicted) are skipped.
 */
export interface ErrorMetrics {
  r2: number;
  mape: number;
  nrmse: number;
  count: number;
}

export function errorMetrics(actual: ArrayLike<number>, predicted: ArrayLike<number>): ErrorMetrics {
  let count = 0;
  let mean = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let t = 0; t < actual.length; t++) {
    if (Number.isNaN(predicted[t])) continue;
    count++;
    mean += actual[t];
  }
  mean /= count || 1;
  let ssRes = 0;
  let ssTot = 0;
  let ape = 0;
  let apeCount = 0;
  for (let t = 0; t < actual.length; t++) {
    if (Number.isNaN(predicted[t])) continue;
    const e = actual[t] - predicted[t];
    ssRes += e * e;
    ssTot += (actual[t] - mean) ** 2;
    if (actual[t] !== 0) {
      ape += Math.abs(e / actual[t]);
      apeCount++;
    }
    min = Math.min(min, actual[t]);
    max = Math.max(max, actual[t]);
  }
  const rmse = Math.sqrt(ssRes / (count || 1));
  return {
    r2: ssTot > 0 ? 1 - ssRes / ssTot : 0,
    mape: apeCount ? ape / apeCount : 0,
    nrmse: max > min ? rmse / (max - min) : 0,
    count,
  };
}

/** Quantile of the sorted values by linear interpolation (Hyndman & Fan 1996, type 7, R's default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The 90 % percentile interval of draws. */
export function interval90(draws: ArrayLike<number>): { low: number; high: number } {
  const sorted = Float64Array.from(draws).sort();
  return { low: quantileSorted(sorted, 0.05), high: quantileSorted(sorted, 0.95) };
}
