/**
 * The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), for one customer and, fast,
 * for many. For many customers the sum is regrouped so that only one transcendental pair
 * per distinct repeat-customer summary remains:
 *   ln L_i = C(x_i) − (r+x_i) ln(α+T_i) + δ(x_i>0) · softplus(D(x_i) + (r+x_i) ln((α+T_i)/(α+t_x,i)))
 * with C(x) = ln Γ(r+x) − ln Γ(r) + r ln α + ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x),
 * D(x) = ln a − ln(b+x−1), and softplus(u) = ln(1 + eᵘ). C is summed per distinct x, the
 * middle term per distinct T, and logarithms of α + time once per distinct time.
 */
import type { BgNbdParams } from './bgnbd.js';
import { digamma, logAddExp, logGamma } from './special-functions.js';
import { aggregateSummaries } from './summary-aggregation.js';

/**
 * ln L(r, α, a, b | x, t_x, T) of one customer, FHL 2005 eq. 6:
 * L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *   + δ(x>0) · B(a+1, b+x−1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)).
 */
export function bgnbdLogLikelihood(params: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const common =
    logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
  const alive = -(r + x) * Math.log(alpha + T);
  if (x === 0) return common + alive;
  const dropped = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  return common + logAddExp(alive, dropped);
}

const softplus = (u: number): number => (u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u)));

/**
 * Precomputes the grouping of the summaries (x whole numbers) and returns Σ ln L as a
 * function of the parameters; given a `gradient` array (length 4) it also fills in
 * ∂ Σ ln L / ∂(r, α, a, b), analytic (digamma for the Γ terms; the softplus term's
 * derivative is the logistic σ(u), which the same exponential gives).
 *
 * The softplus term dominates the cost. For a run of repeat rows sharing x, e^u factors as
 * e^(D + g(ln(α+T) − ln α)) · e^(−g(ln(α+t_x) − ln α)) with g = r + x: one table per distinct
 * T and one per distinct t_x replace the per-row exponential, leaving one log1p per row.
 * Both exponents are measured from ln α so that the second factor never exceeds 1; the
 * tables are used only when the first factor stays below e^700 (no overflow) and the run is
 * longer than the tables.
 */
export function makeTotalLogLikelihood(
  x: Float64Array,
  tx: Float64Array,
  T: Float64Array,
): (params: BgNbdParams, gradient?: Float64Array) => number {
  // Rows come ordered by x: the repeat rows (x > 0) are a tail, in runs of equal x.
  const rows = aggregateSummaries(x, tx, T);
  const xs: number[] = [];
  const maxX = rows.size > 0 ? rows.x[rows.size - 1] : 0;
  const weightByX = new Float64Array(maxX + 1);
  const weightByT = new Float64Array(rows.uniqueT.length);
  const xWeightByT = new Float64Array(rows.uniqueT.length);
  let firstRepeat = rows.size;
  for (let i = rows.size - 1; i >= 0 && rows.x[i] > 0; i--) firstRepeat = i;
  for (let i = 0; i < rows.size; i++) {
    const w = rows.weights[i];
    if (i === 0 || rows.x[i] !== rows.x[i - 1]) xs.push(rows.x[i]);
    weightByX[rows.x[i]] += w;
    weightByT[rows.tIndex[i]] += w;
    xWeightByT[rows.tIndex[i]] += w * rows.x[i];
  }
  const rx = rows.x.subarray(firstRepeat);
  const rT = rows.tIndex.subarray(firstRepeat);
  const rTx = rows.txIndex.subarray(firstRepeat);
  const rw = rows.weights.subarray(firstRepeat);
  const nT = rows.uniqueT.length;
  const nTx = rows.uniqueTx.length;
  const maxT = rows.uniqueT.reduce((m, v) => Math.max(m, v), 0);
  const logT = new Float64Array(nT);
  const logTx = new Float64Array(nTx);
  const invT = new Float64Array(nT);
  const invTx = new Float64Array(nTx);
  const powT = new Float64Array(nT);
  const powTx = new Float64Array(nTx);
  const dropTerm = new Float64Array(maxX + 1);
  // Σ wσ, Σ wσ (ln(α+T) − ln(α+t_x)), Σ wσ (1/(α+T) − 1/(α+t_x)) of one run of equal x.
  const sums = new Float64Array(3);

  /** Σ w · softplus(u) over rows [lo, hi) of one x; with `withSigma`, the σ-weighted sums into `sums`. */
  const softplusRun = (lo: number, hi: number, g: number, d: number, useTables: boolean, withSigma: boolean): number => {
    let total = 0;
    if (useTables) {
      for (let i = lo; i < hi; i++) {
        const e = powT[rT[i]] * powTx[rTx[i]];
        total += rw[i] * Math.log1p(e);
        if (withSigma) accumulate(i, e / (1 + e));
      }
    } else {
      for (let i = lo; i < hi; i++) {
        const u = d + g * (logT[rT[i]] - logTx[rTx[i]]);
        total += rw[i] * softplus(u);
        if (withSigma) accumulate(i, u > 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u)));
      }
    }
    return total;
  };
  const accumulate = (i: number, sigma: number): void => {
    const ws = rw[i] * sigma;
    sums[0] += ws;
    sums[1] += ws * (logT[rT[i]] - logTx[rTx[i]]);
    sums[2] += ws * (invT[rT[i]] - invTx[rTx[i]]);
  };

  return ({ r, alpha, a, b }, gradient) => {
    const withGradient = gradient !== undefined;
    const logAlpha = Math.log(alpha);
    const base = logGamma(a + b) - logGamma(b) - logGamma(r) + r * logAlpha;
    let total = 0;
    let dr = 0;
    let dAlpha = 0;
    let da = 0;
    let db = 0;
    const psiR = withGradient ? digamma(r) : 0;
    const psiB = withGradient ? digamma(b) : 0;
    const psiAB = withGradient ? digamma(a + b) : 0;
    for (const v of xs) {
      const w = weightByX[v];
      total += w * (base + logGamma(r + v) + logGamma(b + v) - logGamma(a + b + v));
      if (v > 0) dropTerm[v] = Math.log(a) - Math.log(b + v - 1);
      if (withGradient) {
        const psiABV = digamma(a + b + v);
        dr += w * (digamma(r + v) - psiR + logAlpha);
        dAlpha += (w * r) / alpha;
        da += w * (psiAB - psiABV);
        db += w * (psiAB - psiB + digamma(b + v) - psiABV);
      }
    }
    for (let j = 0; j < nT; j++) {
      logT[j] = Math.log(alpha + rows.uniqueT[j]);
      total -= logT[j] * (r * weightByT[j] + xWeightByT[j]);
      if (withGradient) {
        invT[j] = 1 / (alpha + rows.uniqueT[j]);
        dr -= logT[j] * weightByT[j];
        dAlpha -= (r * weightByT[j] + xWeightByT[j]) * invT[j];
      }
    }
    for (let j = 0; j < nTx; j++) {
      logTx[j] = Math.log(alpha + rows.uniqueTx[j]);
      if (withGradient) invTx[j] = 1 / (alpha + rows.uniqueTx[j]);
    }
    const maxSpan = Math.log(alpha + maxT) - logAlpha;
    for (let lo = 0; lo < rx.length; ) {
      const v = rx[lo];
      let hi = lo + 1;
      while (hi < rx.length && rx[hi] === v) hi++;
      const g = r + v;
      const d = dropTerm[v];
      const useTables = hi - lo > nT + nTx && g * maxSpan + d < 700;
      if (useTables) {
        for (let j = 0; j < nT; j++) powT[j] = Math.exp(g * (logT[j] - logAlpha) + d);
        for (let j = 0; j < nTx; j++) powTx[j] = Math.exp(-g * (logTx[j] - logAlpha));
      }
      sums.fill(0);
      total += softplusRun(lo, hi, g, d, useTables, withGradient);
      if (withGradient) {
        dr += sums[1];
        dAlpha += g * sums[2];
        da += sums[0] / a;
        db -= sums[0] / (b + v - 1);
      }
      lo = hi;
    }
    if (gradient) {
      gradient[0] = dr;
      gradient[1] = dAlpha;
      gradient[2] = da;
      gradient[3] = db;
    }
    return total;
  };
}
