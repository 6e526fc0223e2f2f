/**
 * Gamma-Gamma model of monetary value (Fader & Hardie 2013, "The Gamma-Gamma model of
 * monetary value"; Fader, Hardie & Lee 2005b, "RFM and CLV", J. Marketing Research 42):
 * a customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, so
 * her mean spend is p/ν and the population mean spend pγ/(q−1). Fitted by maximum likelihood
 * on repeat customers (x ≥ 1) and the mean value m̄ of their x repeat transactions:
 *   ln f(m̄ | p, q, γ, x) = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m̄
 *                          + px ln x − (px+q) ln(γ + x m̄).
 * The model assumes spend is independent of frequency: the Pearson correlation of x and m̄
 * is reported so that the caller can flag a violation.
 */
import { minimizeStaged } from './optimize.js';
import { sampleIndices } from '../random.js';
import { digamma, logGamma } from './special-functions.js';
import { WarningCounter, type CustomerWarning } from './warnings.js';
import { pearsonCorrelation } from './statistics.js';
import type { GammaGammaParams } from '@shared/analyses/ltv.result.js';

export type { GammaGammaParams };


export interface SpendSummary {
  x: number;
  monetary: number;
}

/** The same per customer as columns: how the summaries cross to another thread (analysis/spend-fit-thread.ts). */
export interface SpendColumns {
  readonly x: Float64Array;
  readonly monetary: Float64Array;
}

export function toSpendColumns(customers: readonly SpendSummary[]): SpendColumns {
  const x = new Float64Array(customers.length);
  const monetary = new Float64Array(customers.length);
  customers.forEach((c, i) => {
    x[i] = c.x;
    monetary[i] = c.monetary;
  });
  return { x, monetary };
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  customers: number;
  /** Pearson correlation of x and m̄ among the fitted customers (independence check). */
  frequencySpendCorrelation: number;
  /** Mean of m̄ over the fitted customers (fallback when q ≤ 1). */
  observedMeanSpend: number;
  evaluations: number;
  converged: boolean;
  warnings: CustomerWarning[];
}

/** ln f(m̄ | x) of one customer (Fader & Hardie 2013, eq. 5 in log form). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, x: number, monetary: number): number {
  const { p, q, gamma } = params;
  return (
    logGamma(p * x + q) - logGamma(p * x) - logGamma(q) + q * Math.log(gamma) + (p * x - 1) * Math.log(monetary) +
    p * x * Math.log(x) - (p * x + q) * Math.log(gamma + x * monetary)
  );
}

/**
 * E[M | p, q, γ, x, m̄] = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m̄ = p(γ + x m̄)/(px+q−1):
 * a weighted mean of the population mean and the customer's own mean (Fader & Hardie 2013,
 * eq. 4). For x = 0 it is the population mean pγ/(q−1), finite only when q > 1.
 */
export function conditionalExpectedSpend(params: GammaGammaParams, x: number, monetary: number): number {
  const { p, q, gamma } = params;
  const denominator = p * x + q - 1;
  return denominator > 0 ? (p * (gamma + x * monetary)) / denominator : Infinity;
}

/** Above this many customers the restarts explore a subsample of this size (see minimizeStaged). */
const SEARCH_SAMPLE = 20_000;

/**
 * Mean negative log-likelihood over log-parameters (p, q, γ) on all customers or a subset,
 * optionally with its gradient in the log-parameters. The sum separates into data-only sums
 * (Σ x ln m̄, …) computed once, terms per distinct x, and one logarithm per customer:
 *   ∂/∂p = Σ x ln m̄ + Σ x ln x + Σ x (ψ(px+q) − ψ(px)) − Σ x ln(γ + x m̄)
 *   ∂/∂q = n (ln γ − ψ(q)) + Σ ψ(px+q) − Σ ln(γ + x m̄)
 *   ∂/∂γ = n q/γ − Σ (px+q)/(γ + x m̄).
 */
function objectiveOf(allX: Float64Array, allM: Float64Array, indices: Int32Array | null): (v: readonly number[], gradient: number[] | null) => number {
  const x = indices ? Float64Array.from(indices, (i) => allX[i]) : allX;
  const m = indices ? Float64Array.from(indices, (i) => allM[i]) : allM;
  const n = x.length;
  let sumXLogM = 0;
  let sumLogM = 0;
  let sumXLogX = 0;
  const xCounts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    sumXLogM += x[i] * Math.log(m[i]);
    sumLogM += Math.log(m[i]);
    sumXLogX += x[i] * Math.log(x[i]);
    xCounts.set(x[i], (xCounts.get(x[i]) ?? 0) + 1);
  }
  const logLikelihood = (p: number, q: number, gamma: number, gradient: number[] | null): number => {
    let total = n * (q * Math.log(gamma) - logGamma(q)) + p * sumXLogM - sumLogM + p * sumXLogX;
    let dp = sumXLogM + sumXLogX;
    let dq = n * (Math.log(gamma) - digamma(q));
    let dGamma = (n * q) / gamma;
    for (const [v, count] of xCounts) {
      total += count * (logGamma(p * v + q) - logGamma(p * v));
      if (gradient) {
        const psiSum = digamma(p * v + q);
        dp += count * v * (psiSum - digamma(p * v));
        dq += count * psiSum;
      }
    }
    if (gradient) {
      for (let i = 0; i < n; i++) {
        const at = gamma + x[i] * m[i];
        const log = Math.log(at);
        total -= (p * x[i] + q) * log;
        dp -= x[i] * log;
        dq -= log;
        dGamma -= (p * x[i] + q) / at;
      }
      gradient[0] = dp;
      gradient[1] = dq;
      gradient[2] = dGamma;
    } else {
      for (let i = 0; i < n; i++) total -= (p * x[i] + q) * Math.log(gamma + x[i] * m[i]);
    }
    return total;
  };
  return (v, gradient) => {
    if (v.some((t) => Math.abs(t) > 30)) return Infinity;
    const params = [Math.exp(v[0]), Math.exp(v[1]), Math.exp(v[2])];
    const value = -logLikelihood(params[0], params[1], params[2], gradient) / n;
    if (gradient) for (let k = 0; k < 3; k++) gradient[k] = (-gradient[k] * params[k]) / n;
    return value;
  };
}

/**
 * Maximum-likelihood Gamma-Gamma fit on customers with x ≥ 1 and m̄ > 0 (others are
 * skipped; a positive-mean customer with m̄ ≤ 0 is counted as `nonPositiveRepeatSpend`).
 * Large inputs are fitted in stages (restarts on a 20,000-customer subsample, then BFGS with
 * the analytic gradient on all: optimize.ts, minimizeStaged). Throws a RangeError when no
 * customer qualifies; callers check for repeat customers first.
 */
export function fitGammaGamma(customers: readonly SpendSummary[] | SpendColumns, options: { seed?: number } = {}): GammaGammaFit {
  const seed = options.seed ?? 1;
  const warnings = new WarningCounter();
  const { x: allX, monetary: allM } = Array.isArray(customers) ? toSpendColumns(customers) : (customers as SpendColumns);
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < allX.length; i++) {
    if (!(allX[i] >= 1)) continue;
    if (!(allM[i] > 0)) {
      warnings.add('nonPositiveRepeatSpend');
      continue;
    }
    xs.push(allX[i]);
    ms.push(allM[i]);
  }
  const n = xs.length;
  if (n === 0) throw new RangeError('fitGammaGamma requires at least one repeat customer with positive spend');
  const x = Float64Array.from(xs);
  const m = Float64Array.from(ms);
  const sampled = n > SEARCH_SAMPLE ? objectiveOf(x, m, sampleIndices(n, SEARCH_SAMPLE, seed)) : null;
  const search = sampled ? (v: readonly number[]) => sampled(v, null) : null;
  const meanSpend = ms.reduce((s, v) => s + v, 0) / n;
  // γ scales spend: with p = q = 2 the population mean pγ/(q−1) matches the data at γ = m̄/2.
  const starts = [
    [Math.log(1), Math.log(1), Math.log(meanSpend)],
    [Math.log(2), Math.log(2), Math.log(meanSpend / 2)],
    [Math.log(5), Math.log(3), Math.log(meanSpend)],
    [Math.log(0.5), Math.log(5), Math.log(meanSpend * 8)],
  ];
  const best = minimizeStaged(search, objectiveOf(x, m, null), starts, { maxEvaluations: 3000 });
  const params = { p: Math.exp(best.point[0]), q: Math.exp(best.point[1]), gamma: Math.exp(best.point[2]) };
  const correlation = pearsonCorrelation(x, m);
  if (Math.abs(correlation) > 0.3) warnings.add('spendFrequencyCorrelated');
  if (params.q <= 1) warnings.add('gammaGammaMeanUndefined');
  return {
    params,
    logLikelihood: -best.value * n,
    customers: n,
    frequencySpendCorrelation: correlation,
    observedMeanSpend: meanSpend,
    evaluations: best.evaluations,
    converged: best.converged,
    warnings: warnings.list(),
  };
}
