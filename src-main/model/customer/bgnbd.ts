/**
 * BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "'Counting your customers' the
 * easy way: an alternative to the Pareto/NBD model", Marketing Science 24(2)):
 * while alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each
 * repeat purchase she drops out with probability p ~ Beta(a, b).
 *
 * Fitted by maximum likelihood on (x, t_x, T) summaries: the log of FHL eq. 6
 * (bgnbd-likelihood.ts), with log-gamma throughout, optimised over log-parameters (so all
 * four stay positive) by Nelder–Mead with restarts from several starting points.
 */
import { makeTotalLogLikelihood } from './bgnbd-likelihood.js';
import { minimizeStaged } from './optimize.js';
import { sampleIndices } from '../random.js';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

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

/** Subsample sizes of the cheaper fitting stages (see minimizeStaged). */
const STAGE_SAMPLES = [20_000, 200_000];

interface Columns {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

/** Mean negative log-likelihood over log-parameters, on all customers or a subset. */
function objectiveOf(all: Columns, indices: Int32Array | null): (p: readonly number[]) => number {
  const pick = (col: Float64Array): Float64Array => (indices ? Float64Array.from(indices, (i) => col[i]) : col);
  const total = makeTotalLogLikelihood(pick(all.x), pick(all.tx), pick(all.T));
  const n = indices ? indices.length : all.x.length;
  return (p) => {
    if (p.some((v) => Math.abs(v) > 30)) return Infinity;
    return -total(toParams(p)) / n;
  };
}

/**
 * Maximum-likelihood BG/NBD fit. Customers with identical (x, t_x, T) are aggregated. With
 * more than 20,000 customers the restarts explore a seeded 20,000-customer subsample and
 * the best point is polished on a 200,000-customer subsample (when larger) and then on all
 * customers (optimize.ts, minimizeStaged): the estimate is the full-data MLE.
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
  const stages = STAGE_SAMPLES.filter((size) => size < n).map((size) => objectiveOf(all, sampleIndices(n, size, options.seed ?? 1)));
  stages.push(objectiveOf(all, null));
  // α is a time scale: start it at the mean observation length per expected purchase.
  const alpha0 = Math.max(1e-3, meanT / Math.max(meanX, 1e-3));
  const defaults: BgNbdParams[] = [
    { r: 1, alpha: alpha0, a: 1, b: 1 },
    { r: 0.5, alpha: alpha0 / 2, a: 0.5, b: 2 },
    { r: 2, alpha: alpha0 * 2, a: 2, b: 5 },
    { r: 1, alpha: 1, a: 1, b: 1 },
  ];
  const starts = (options.starts ?? defaults).map((s) => [Math.log(s.r), Math.log(s.alpha), Math.log(s.a), Math.log(s.b)]);
  const best = minimizeStaged(stages, starts, { maxEvaluations: 3000 });
  return {
    params: toParams(best.point),
    logLikelihood: -best.value * n,
    customers: n,
    evaluations: best.evaluations,
    converged: best.converged,
  };
}

export { bgnbdLogLikelihood } from './bgnbd-likelihood.js';
