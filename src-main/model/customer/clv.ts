/**
 * Customer lifetime value over a finite horizon from BG/NBD and Gamma-Gamma (Fader, Hardie &
 * Lee 2005b, "RFM and CLV: using iso-value curves for customer base analysis", JMR 42):
 *   CLV = Σ_{m=1..M} E[purchases in month m | x, t_x, T] · E[spend | x, m̄] · margin / (1+d)^m.
 * Months are 365.25/12 days (4.348 weeks); M = ⌈horizon/month⌉ and the last month is cut at
 * the horizon, so the monthly purchases add up to E[Y(horizon)] exactly. Month m is discounted
 * by a full m periods (payments at month end). Expected purchases in month m are the
 * difference of the conditional expectations (FHL 2005 eq. 10) at its ends.
 */
import type { BgNbdParams } from './bgnbd.js';
import { probabilityAlive } from './bgnbd-predict.js';
import { makeCumulativeExpectation } from './expectation-cache.js';
import { conditionalExpectedSpend, type GammaGammaParams } from './gamma-gamma.js';
import type { CustomerSummary } from './rfm-summary.js';
import type { CustomerValue } from '@shared/analyses/ltv.result.js';

export type { CustomerValue };

export const WEEKS_PER_MONTH = 365.25 / 12 / 7;

export interface ClvOptions {
  horizonWeeks?: number;
  /** Gross margin on revenue, 0…1 (default 0.3). */
  margin?: number;
  /** Discount rate per month (default 0.01). */
  discountRateMonthly?: number;
}


/**
 * P(alive), expected purchases over the horizon, expected spend per purchase and
 * discounted CLV of every customer. `fallbackSpend` replaces the Gamma-Gamma expectation
 * when it is unavailable (no fit, or q ≤ 1 for a customer without repeat purchases).
 */
export function predictCustomerValues(
  customers: readonly CustomerSummary[],
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams | null,
  fallbackSpend: number,
  options: ClvOptions = {},
): CustomerValue[] {
  const horizon = options.horizonWeeks ?? 52;
  const margin = options.margin ?? 0.3;
  const rate = options.discountRateMonthly ?? 0.01;
  const months = Math.max(1, Math.ceil(horizon / WEEKS_PER_MONTH - 1e-9));
  const ends = Array.from({ length: months }, (_, m) => Math.min((m + 1) * WEEKS_PER_MONTH, horizon));
  const discount = ends.map((_, m) => 1 / Math.pow(1 + rate, m + 1));
  const cumulative = makeCumulativeExpectation(bgnbd, ends);
  return customers.map((c) => {
    const pAlive = probabilityAlive(bgnbd, c.x, c.tx, c.T);
    const ifAlive = cumulative(c.x, c.T);
    let discounted = 0;
    let previous = 0;
    for (let m = 0; m < months; m++) {
      discounted += (ifAlive[m] - previous) * discount[m];
      previous = ifAlive[m];
    }
    // Customers without a usable repeat spend (x = 0, or m̄ ≤ 0) get the population mean.
    let spend = gammaGamma ? conditionalExpectedSpend(gammaGamma, c.monetary > 0 ? c.x : 0, c.monetary) : fallbackSpend;
    if (!Number.isFinite(spend)) spend = fallbackSpend;
    return {
      customerId: c.customerId,
      x: c.x,
      tx: c.tx,
      T: c.T,
      monetary: c.monetary,
      pAlive,
      expectedPurchases: pAlive * ifAlive[months - 1],
      expectedSpend: spend,
      clv: pAlive * discounted * spend * margin,
      clvIfAlive: discounted * spend * margin,
      holdoutActual: null,
      holdoutPredicted: null,
    };
  });
}

/**
 * "High value at risk": customers in the top `valueShare` by value at stake (CLV if alive)
 * whose P(alive) is below `maxPAlive`, ordered by expected loss (1 − P(alive)) · CLV-if-alive —
 * the list a CRM should call first. (CLV itself already carries P(alive), so ranking by it
 * would hide exactly these customers.) Equal losses keep the order of value at stake, then
 * of input: what a stable sort by value followed by a stable sort by loss gives.
 */
export function highValueAtRisk(values: readonly CustomerValue[], options: { valueShare?: number; maxPAlive?: number } = {}): CustomerValue[] {
  const share = options.valueShare ?? 0.2;
  const maxPAlive = options.maxPAlive ?? 0.5;
  const k = Math.ceil(values.length * share);
  const stake = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) stake[i] = values[i].clvIfAlive;
  // Infinite or NaN values make the comparators below inconsistent: then sort exactly as the
  // plain definition does.
  if (k <= 0 || k >= values.length || !stake.every(Number.isFinite)) return sortedPlainly(values, k, maxPAlive);
  // A million customers are not sorted: the k-th value is selected, and only the customers
  // at or above it with a low P(alive) are ordered.
  const threshold = kthLargest(stake.slice(), k);
  let tiesKept = k - stake.reduce((n, x) => (x > threshold ? n + 1 : n), 0);
  const picked: number[] = [];
  const loss = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (!(stake[i] > threshold || (stake[i] === threshold && tiesKept-- > 0))) continue;
    const v = values[i];
    if (!(v.pAlive < maxPAlive)) continue;
    const l = (1 - v.pAlive) * v.clvIfAlive;
    if (!Number.isFinite(l)) return sortedPlainly(values, k, maxPAlive);
    picked.push(i);
    loss[i] = l;
  }
  picked.sort((i, j) => loss[j] - loss[i] || stake[j] - stake[i] || i - j);
  return picked.map((i) => values[i]);
}

/** The definition itself: the top `k` by a stable sort on value at stake, filtered, stably sorted by loss. */
function sortedPlainly(values: readonly CustomerValue[], k: number, maxPAlive: number): CustomerValue[] {
  const loss = (v: CustomerValue): number => (1 - v.pAlive) * v.clvIfAlive;
  const top = [...values].sort((u, v) => v.clvIfAlive - u.clvIfAlive).slice(0, Math.max(0, k));
  return top.filter((v) => v.pAlive < maxPAlive).sort((u, v) => loss(v) - loss(u));
}

/** The k-th largest of `xs` (1-based; xs is reordered): Hoare's selection, O(n) expected. */
function kthLargest(xs: Float64Array, k: number): number {
  const target = xs.length - k;
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (xs[i] < pivot) i++;
      while (xs[j] > pivot) j--;
      if (i <= j) {
        const t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return xs[target];
  }
  return xs[target];
}
