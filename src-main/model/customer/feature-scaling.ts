/**
 * Feature preparation for k-means on RFM: a signed log1p compresses the long right tails
 * of frequency and revenue (k-means on raw revenue would split only the top spenders),
 * then z-scaling puts every feature on one scale so none dominates the Euclidean distance.
 */

/** sign(v)·ln(1 + |v|): log1p for v ≥ 0, mirrored for negatives (net refunds, debts). */
export function signedLog1p(v: number): number {
  return v >= 0 ? Math.log1p(v) : -Math.log1p(-v);
}

export interface FeatureScaling {
  mean: number[];
  std: number[];
}

/**
 * Standardises the columns of a row-major n × d matrix in place: (v − mean)/sd with the
 * population sd. A constant column (every order on one day, say) becomes all zeros rather
 * than NaN.
 */
export function standardizeColumns(data: Float64Array, n: number, d: number): FeatureScaling {
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j] / n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const dev = data[i * d + j] - mean[j];
      std[j] += (dev * dev) / n;
    }
  }
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      data[i * d + j] = std[j] > 1e-12 ? (data[i * d + j] - mean[j]) / std[j] : 0;
    }
  }
  return { mean, std };
}
