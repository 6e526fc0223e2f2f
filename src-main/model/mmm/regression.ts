/**
 * One fit for fixed hyper-parameters: revenue = fixed columns · a + media columns · β with
 * β ≥ 0, a ridge penalty λ·N·var(x_j)·b_j² on every column but intercept and trend (the
 * standardised-ridge penalty Robyn applies through glmnet), optional row weights (the
 * block bootstrap's counts) and optional lift-test priors. Solved exactly by
 * `solvePartlyNonNegative`.
 */
import type { Design } from './design.js';
import { solvePartlyNonNegative } from './non-negative-ridge.js';

/** A Gaussian prior on one channel's contribution over a period (from a lift test). */
export interface ContributionPrior {
  /** A measured lift test, the published ROAS prior, or the shrinkage toward the pooled ROAS of all media (roas-prior.ts). */
  source: 'liftTest' | 'publishedRoas' | 'pooledRoas';
  /** Index among the media columns. */
  channel: number;
  /** Σ of the channel's media column over the test weeks: contribution = β · columnSum (scaled units). */
  columnSum: number;
  /** Measured incremental revenue, scaled by yScale. */
  target: number;
  /** (residual sd / prior sd)²: the prior's weight relative to one week's squared error. */
  weight: number;
  /** The prior's sd of the contribution (scaled units): how far a posterior draw moves its target. */
  sd: number;
}

export interface FitSpec {
  design: Design;
  media: readonly Float64Array[];
  lambda: number;
  priors?: readonly ContributionPrior[];
  /**
   * Where the ridge pulls each coefficient (scaled units, one per column): zero in every fit
   * but a bootstrap replicate's, which draws it from the ridge's own prior (posterior-draw.ts).
   */
  ridgeCentre?: Float64Array;
}

export function columnVariance(column: Float64Array, n: number): number {
  let mean = 0;
  for (let t = 0; t < n; t++) mean += column[t];
  mean /= n;
  let ss = 0;
  for (let t = 0; t < n; t++) ss += (column[t] - mean) ** 2;
  return ss / n;
}

export function allColumns(spec: FitSpec): Float64Array[] {
  return [...spec.design.fixed, ...spec.media];
}

/** Which coefficients the ridge shrinks: all but intercept and trend. */
export function penalisedMask(spec: FitSpec): Uint8Array {
  const kinds = spec.design.fixedKinds;
  const p = kinds.length + spec.media.length;
  const mask = new Uint8Array(p);
  for (let j = 0; j < p; j++) mask[j] = j < kinds.length && (kinds[j] === 'intercept' || kinds[j] === 'trend') ? 0 : 1;
  return mask;
}

export function nonNegativeMask(spec: FitSpec): Uint8Array {
  const f = spec.design.fixed.length;
  const mask = new Uint8Array(f + spec.media.length);
  for (let j = f; j < mask.length; j++) mask[j] = 1;
  return mask;
}

/** Adds rows [from, to) of XᵀWX and XᵀWy into g and c. */
export function accumulateGram(
  columns: readonly Float64Array[],
  y: Float64Array,
  weights: Float64Array | null,
  from: number,
  to: number,
  g: Float64Array,
  c: Float64Array,
): void {
  const p = columns.length;
  const row = new Float64Array(p);
  for (let t = from; t < to; t++) {
    const w = weights ? weights[t] : 1;
    if (w === 0) continue;
    for (let j = 0; j < p; j++) row[j] = columns[j][t];
    for (let i = 0; i < p; i++) {
      const wi = w * row[i];
      c[i] += wi * y[t];
      for (let j = 0; j <= i; j++) g[i * p + j] += wi * row[j];
    }
  }
}

/** Replaces column j of a lower-triangular (weighted) Gram and of XᵀWy by a new column: O(n·p), not O(n·p²). */
export function replaceColumn(columns: readonly Float64Array[], j: number, y: Float64Array, weights: Float64Array | null, g: Float64Array, c: Float64Array): void {
  const p = columns.length;
  const x = columns[j];
  for (let k = 0; k < p; k++) {
    const other = columns[k];
    let sum = 0;
    for (let t = 0; t < y.length; t++) sum += (weights ? weights[t] : 1) * x[t] * other[t];
    if (k <= j) g[j * p + k] = sum;
    else g[k * p + j] = sum;
  }
  let sy = 0;
  for (let t = 0; t < y.length; t++) sy += (weights ? weights[t] : 1) * x[t] * y[t];
  c[j] = sy;
}

/** Solves the penalised problem from an accumulated lower-triangular Gram over `rows` weighted rows. */
export function solveFromGram(spec: FitSpec, gLower: Float64Array, c: Float64Array, rows: number, variances: Float64Array): Float64Array {
  const p = c.length;
  const g = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      g[i * p + j] = gLower[i * p + j];
      g[j * p + i] = gLower[i * p + j];
    }
  }
  const penalised = penalisedMask(spec);
  const rhs = Float64Array.from(c);
  for (let j = 0; j < p; j++) {
    // A floor keeps a channel that never spends (a zero column) solvable: its β is 0.
    g[j * p + j] += penalised[j] ? spec.lambda * rows * variances[j] + 1e-9 * rows : 1e-12 * rows;
    if (penalised[j] && spec.ridgeCentre) rhs[j] += spec.lambda * rows * variances[j] * spec.ridgeCentre[j];
  }
  const f = spec.design.fixed.length;
  for (const prior of spec.priors ?? []) {
    const j = f + prior.channel;
    g[j * p + j] += prior.weight * prior.columnSum * prior.columnSum;
    rhs[j] += prior.weight * prior.columnSum * prior.target;
  }
  return solvePartlyNonNegative(g, rhs, p, nonNegativeMask(spec));
}

/** Variances of all columns over the whole history (the penalty's scale). */
export function columnVariances(columns: readonly Float64Array[], n: number): Float64Array {
  return Float64Array.from(columns, (col) => columnVariance(col, n));
}

/** Coefficients (scaled units) fitted on rows [0, to) with optional weights. */
export function fitCoefficients(spec: FitSpec, weights: Float64Array | null = null, to = spec.design.n): Float64Array {
  const columns = allColumns(spec);
  const p = columns.length;
  const g = new Float64Array(p * p);
  const c = new Float64Array(p);
  accumulateGram(columns, spec.design.y, weights, 0, to, g, c);
  let rows = to;
  if (weights) {
    rows = 0;
    for (let t = 0; t < to; t++) rows += weights[t];
  }
  return solveFromGram(spec, g, c, rows, columnVariances(columns, spec.design.n));
}

/** Fitted value (scaled) at week t. */
export function predictAt(columns: readonly Float64Array[], coefficients: Float64Array, t: number): number {
  let sum = 0;
  for (let j = 0; j < columns.length; j++) sum += coefficients[j] * columns[j][t];
  return sum;
}

/** Residual sd (scaled units) of a full fit: the scale a lift-test prior is weighed against. */
export function residualSd(spec: FitSpec, coefficients: Float64Array): number {
  const columns = allColumns(spec);
  let ss = 0;
  for (let t = 0; t < spec.design.n; t++) ss += (spec.design.y[t] - predictAt(columns, coefficients, t)) ** 2;
  return Math.sqrt(ss / Math.max(1, spec.design.n - columns.length));
}
