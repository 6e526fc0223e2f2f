/**
 * BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "'Counting your customers' the
 * easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2)):
 * while alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each
 * repeat purchase she drops out with probability p ~ Beta(a, b).
 *
 * Fitted by maximum likelihood on (x, t_x, T) summaries: the log of FHL eq. 6
 * (bgnbd-likelihood.ts), with log-gamma throughout, optimised over log-parameters (so all
 * four stay positive) by Nelder–Mead with restarts from several starting points, then BFGS
 * with the analytic gradient.
 */
import { makeTotalLogLikelihood } from './bgnbd-likelihood.js';
import { minimizeStaged, type Objective, type ObjectiveWithGradient } from './optimize.js';
import { sampleIndices } from '../random.js';
import type { BgNbdParams } from '@shared/analyses/ltv.result.js';

export type { BgNbdParams };


export interface BgNbdFit {
  params: BgNbdParams;
  logLikelihood: number;
  customers: number;
  evaluations: number;
  converged: boolean;
}

export interface RepeatSummary {
  x: number;
  tx: number;
  T: number;
}

const toParams = (p: readonly number[]): BgNbdParams => ({ r: Math.exp(p[0]), alpha: Math.exp(p[1]), a: Math.exp(p[2]), b: Math.exp(p[3]) });

/** Above this many customers the restarts explore a subsample of this size (see minimizeStaged). */
const SEARCH_SAMPLE = 20_000;

interface Columns {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

/** Outside e^±30 a parameter is degenerate: the objective calls it infinitely bad. */
const outOfRange = (p: readonly number[]): boolean => p.some((v) => Math.abs(v) > 30);

/** Mean negative log-likelihood over log-parameters, on all customers or a subset. */
function objectiveOf(all: Columns, indices: Int32Array): Objective {
  const pick = (col: Float64Array): Float64Array => Float64Array.from(indices, (i) => col[i]);
  const total = makeTotalLogLikelihood(pick(all.x), pick(all.tx), pick(all.T));
  return (p) => (outOfRange(p) ? Infinity : -total(toParams(p)) / indices.length);
}

/** The same on all customers, with its gradient in the log-parameters (chain rule: ∂/∂ln θ = θ ∂/∂θ). */
function fullObjectiveOf(all: Columns): ObjectiveWithGradient {
  const total = makeTotalLogLikelihood(all.x, all.tx, all.T);
  const n = all.x.length;
  const inParams = new Float64Array(4);
  return (p, gradient) => {
    if (outOfRange(p)) return Infinity;
    const params = toParams(p);
    const value = -total(params, inParams) / n;
    const scale = [params.r, params.alpha, params.a, params.b];
    for (let k = 0; k < 4; k++) gradient[k] = (-inParams[k] * scale[k]) / n;
    return value;
  };
}

/**
 * Maximum-likelihood BG/NBD fit. Customers with identical (x, t_x, T) are aggregated. With
 * more than 20,000 customers the restarts explore a seeded 20,000-customer subsample; the
 * best point is then polished on all customers by BFGS with the analytic gradient
 * (optimize.ts, minimizeStaged): the estimate is the full-data MLE.
 * x must be a whole number of purchases. Throws a RangeError without any repeat purchase
 * (the MLE does not exist: r/α → 0); callers check `repeatCustomers` first and report
 * `noRepeatCustomers`.
 */
export function fitBgNbd(customers: readonly RepeatSummary[], options: { starts?: BgNbdParams[]; seed?: number } = {}): BgNbdFit {
  if (!customers.some((c) => c.x > 0)) throw new RangeError('fitBgNbd requires at least one repeat purchase');
  const n = customers.length;
  const all: Columns = { x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n) };
  let meanT = 0;
  let meanX = 0;
  customers.forEach((c, i) => {
    all.x[i] = c.x;
    all.tx[i] = c.tx;
    all.T[i] = c.T;
    meanT += c.T / n;
    meanX += c.x / n;
  });
  const search = n > SEARCH_SAMPLE ? objectiveOf(all, sampleIndices(n, SEARCH_SAMPLE, options.seed ?? 1)) : null;
  // α is a time scale: start it at the mean observation length per expected purchase.
  const alpha0 = Math.max(1e-3, meanT / Math.max(meanX, 1e-3));
  const defaults: BgNbdParams[] = [
    { r: 1, alpha: alpha0, a: 1, b: 1 },
    { r: 0.5, alpha: alpha0 / 2, a: 0.5, b: 2 },
    { r: 2, alpha: alpha0 * 2, a: 2, b: 5 },
    { r: 1, alpha: 1, a: 1, b: 1 },
  ];
  const starts = (options.starts ?? defaults).map((s) => [Math.log(s.r), Math.log(s.alpha), Math.log(s.a), Math.log(s.b)]);
  const best = minimizeStaged(search, fullObjectiveOf(all), starts, { maxEvaluations: 3000 });
  return {
    params: toParams(best.point),
    logLikelihood: -best.value * n,
    customers: n,
    evaluations: best.evaluations,
    converged: best.converged,
  };
}

export { bgnbdLogLikelihood } from './bgnbd-likelihood.js';
