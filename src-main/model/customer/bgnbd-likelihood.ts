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
import { logAddExp, logGamma } from './special-functions.js';
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
 * function of the parameters.
 *
 * The softplus term dominates the cost. For a run of repeat rows sharing x, e^u factors as
 * e^(D + g(ln(α+T) − ln α)) · e^(−g(ln(α+t_x) − ln α)) with g = r + x: one table per distinct
 * T and one per distinct t_x replace the per-row exponential, leaving one log1p per row.
 * Both exponents are measured from ln α so that the second factor never exceeds 1; the
 * tables are used only when the first factor stays below e^700 (no overflow) and the run is
 * longer than the tables.
 */
export function makeTotalLogLikelihood(x: Float64Array, tx: Float64Array, T: Float64Array): (params: BgNbdParams) => number {
  const rows = aggregateSummaries(x, tx, T);
  const xs = [...new Set(rows.x)].sort((u, v) => u - v);
  const maxX = xs.length > 0 ? xs[xs.length - 1] : 0;
  const weightByX = new Float64Array(maxX + 1);
  const weightByT = new Float64Array(rows.uniqueT.length);
  const xWeightByT = new Float64Array(rows.uniqueT.length);
  const repeat: number[] = [];
  for (let i = 0; i < rows.size; i++) {
    const w = rows.weights[i];
    weightByX[rows.x[i]] += w;
    weightByT[rows.tIndex[i]] += w;
    xWeightByT[rows.tIndex[i]] += w * rows.x[i];
    if (rows.x[i] > 0) repeat.push(i);
  }
  repeat.sort((i, j) => rows.x[i] - rows.x[j]);
  const rx = Float64Array.from(repeat, (i) => rows.x[i]);
  const rT = Int32Array.from(repeat, (i) => rows.tIndex[i]);
  const rTx = Int32Array.from(repeat, (i) => rows.txIndex[i]);
  const rw = Float64Array.from(repeat, (i) => rows.weights[i]);
  const nT = rows.uniqueT.length;
  const nTx = rows.uniqueTx.length;
  const maxT = rows.uniqueT.reduce((m, v) => Math.max(m, v), 0);
  const logT = new Float64Array(nT);
  const logTx = new Float64Array(nTx);
  const powT = new Float64Array(nT);
  const powTx = new Float64Array(nTx);
  const dropTerm = new Float64Array(maxX + 1);

  return ({ r, alpha, a, b }) => {
    const base = logGamma(a + b) - logGamma(b) - logGamma(r) + r * Math.log(alpha);
    let total = 0;
    for (const v of xs) {
      total += weightByX[v] * (base + logGamma(r + v) + logGamma(b + v) - logGamma(a + b + v));
      if (v > 0) dropTerm[v] = Math.log(a) - Math.log(b + v - 1);
    }
    for (let j = 0; j < nT; j++) {
      logT[j] = Math.log(alpha + rows.uniqueT[j]);
      total -= logT[j] * (r * weightByT[j] + xWeightByT[j]);
    }
    for (let j = 0; j < nTx; j++) logTx[j] = Math.log(alpha + rows.uniqueTx[j]);
    const logAlpha = Math.log(alpha);
    const maxSpan = Math.log(alpha + maxT) - logAlpha;
    for (let lo = 0; lo < rx.length; ) {
      const v = rx[lo];
      let hi = lo + 1;
      while (hi < rx.length && rx[hi] === v) hi++;
      const g = r + v;
      const d = dropTerm[v];
      if (hi - lo > nT + nTx && g * maxSpan + d < 700) {
        for (let j = 0; j < nT; j++) powT[j] = Math.exp(g * (logT[j] - logAlpha) + d);
        for (let j = 0; j < nTx; j++) powTx[j] = Math.exp(-g * (logTx[j] - logAlpha));
        for (let i = lo; i < hi; i++) total += rw[i] * Math.log1p(powT[rT[i]] * powTx[rTx[i]]);
      } else {
        for (let i = lo; i < hi; i++) total += rw[i] * softplus(d + g * (logT[rT[i]] - logTx[rTx[i]]));
      }
      lo = hi;
    }
    return total;
  };
}
