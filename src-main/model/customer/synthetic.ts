/**
 * Seeded synthetic customers drawn from the BG/NBD and Gamma-Gamma generative processes
 * (Fader, Hardie & Lee 2005, §2; Fader & Hardie 2013): for parameter-recovery tests and
 * the 1M-customer benchmarks. Time unit: weeks.
 *
 * Each customer makes a first purchase on a day drawn uniformly from the acquisition
 * window; λ ~ Gamma(r, α) and p ~ Beta(a, b); while alive, purchases arrive as a Poisson
 * process with rate λ, and after each repeat purchase she drops out with probability p.
 * Transaction values are Gamma(p_gg, ν) with ν ~ Gamma(q, γ) per customer.
 * On the default day grid, purchases are stamped with their calendar day and same-day
 * purchases merge (their values add up), exactly as summarizeOrderLog treats real logs.
 */
import type { BgNbdParams } from './bgnbd.js';
import { makeDayFormatter, requireDay } from './dates.js';
import type { GammaGammaParams } from './gamma-gamma.js';
import type { OrderRow } from './order-log.js';
import type { CustomerSummary } from './rfm-summary.js';
import { mulberry32, sampleBeta, sampleExponential, sampleGamma, type Random } from '../random.js';

export interface SimulationOptions {
  /** Days from the start of acquisition to the calibration end (default 364). */
  calibrationDays?: number;
  /** First purchases fall uniformly on days 0 … acquisitionDays − 1 (default calibrationDays / 2). */
  acquisitionDays?: number;
  /** Days after the calibration end that are also simulated (default 0). */
  holdoutDays?: number;
  /** 'day' (default): calendar days, same-day purchases merged; 'continuous': exact times. */
  timeGrid?: 'day' | 'continuous';
  /** Spend model (default p = 6, q = 4, γ = 15). */
  gammaGamma?: GammaGammaParams;
  /** Calendar date of day 0 (default 2024-01-01). */
  startDate?: string;
}

export interface SimulatedCustomer extends CustomerSummary {
  /** First purchase, days from the start of acquisition. */
  firstDay: number;
  /** The customer's true purchase rate and drop-out probability. */
  lambda: number;
  dropout: number;
}

interface Purchase {
  /** Weeks after the first purchase. */
  time: number;
  value: number;
}

const DEFAULT_SPEND: GammaGammaParams = { p: 6, q: 4, gamma: 15 };

/** One customer's purchases up to `horizon` weeks after the first, the first included. */
function simulatePurchases(uniform: Random, lambda: number, dropout: number, nu: number, pSpend: number, horizon: number, dayGrid: boolean): Purchase[] {
  const value = (): number => sampleGamma(uniform, pSpend, nu);
  const purchases: Purchase[] = [{ time: 0, value: value() }];
  let t = 0;
  for (;;) {
    t += sampleExponential(uniform, lambda);
    if (t > horizon) break;
    const time = dayGrid ? Math.floor(t * 7) / 7 : t;
    const last = purchases[purchases.length - 1];
    if (dayGrid && time === last.time) last.value += value();
    else purchases.push({ time, value: value() });
    if (uniform() < dropout) break;
  }
  return purchases;
}

function* generate(n: number, params: BgNbdParams, seed: number, options: SimulationOptions) {
  const uniform = mulberry32(seed);
  const calibrationDays = options.calibrationDays ?? 364;
  const acquisitionDays = Math.max(1, Math.floor(options.acquisitionDays ?? calibrationDays / 2));
  const holdoutWeeks = (options.holdoutDays ?? 0) / 7;
  const spend = options.gammaGamma ?? DEFAULT_SPEND;
  const dayGrid = (options.timeGrid ?? 'day') === 'day';
  for (let i = 0; i < n; i++) {
    const firstDay = Math.floor(uniform() * acquisitionDays);
    const lambda = sampleGamma(uniform, params.r, params.alpha);
    const dropout = sampleBeta(uniform, params.a, params.b);
    const nu = sampleGamma(uniform, spend.q, spend.gamma);
    const T = (calibrationDays - firstDay) / 7;
    const purchases = simulatePurchases(uniform, lambda, dropout, nu, spend.p, T + holdoutWeeks, dayGrid);
    yield { index: i, firstDay, lambda, dropout, T, purchases };
  }
}

/** n simulated customer summaries (x, t_x, T, monetary, holdout purchases) with their truth. */
export function simulateBgNbdCustomers(n: number, params: BgNbdParams, seed: number, options: SimulationOptions = {}): SimulatedCustomer[] {
  const start = requireDay(options.startDate ?? '2024-01-01', 'startDate');
  const formatDay = makeDayFormatter();
  const customers: SimulatedCustomer[] = [];
  for (const c of generate(n, params, seed, options)) {
    let x = 0;
    let tx = 0;
    let repeatSpend = 0;
    let holdout = 0;
    for (let k = 1; k < c.purchases.length; k++) {
      const purchase = c.purchases[k];
      if (purchase.time > c.T) {
        holdout++;
        continue;
      }
      x++;
      tx = purchase.time;
      repeatSpend += purchase.value;
    }
    customers.push({
      customerId: `C${c.index + 1}`,
      x,
      tx,
      T: c.T,
      monetary: x > 0 ? repeatSpend / x : 0,
      holdoutPurchases: holdout,
      firstPurchase: formatDay(start + c.firstDay),
      firstDay: c.firstDay,
      lambda: c.lambda,
      dropout: c.dropout,
    });
  }
  return customers;
}

/**
 * The same process as an order log (one row per purchase day, the first included), with
 * day 0 at `startDate`: input for computeRfm, summarizeOrderLog and the benchmarks.
 */
export function simulateOrderRows(n: number, params: BgNbdParams, seed: number, options: SimulationOptions = {}): OrderRow[] {
  const start = requireDay(options.startDate ?? '2024-01-01', 'startDate');
  const formatDay = makeDayFormatter();
  const rows: OrderRow[] = [];
  for (const c of generate(n, params, seed, { ...options, timeGrid: 'day' })) {
    const customerId = `C${c.index + 1}`;
    for (const purchase of c.purchases) {
      const day = start + c.firstDay + Math.round(purchase.time * 7);
      rows.push({ customerId, date: formatDay(day), revenue: Math.round(purchase.value * 100) / 100 });
    }
  }
  return rows;
}
