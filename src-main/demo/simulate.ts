/**
 * The documented demo simulation (README.md in this folder): a year of 山茶集 Camellia
 * Lab's marketing, drawn from a known truth. Pure: the same options give the same data,
 * byte for byte, on any machine.
 */
import { simulateBrandRevenue } from './brand-revenue.js';
import { DAY_MS, addMonths, parseIsoDate, promosBetween } from './calendar.js';
import { CHANNELS, OVERSEAS_REGION, PRODUCTS, REPEAT_ORDER_SOURCE } from './catalogue.js';
import { TRUE_START, TRUE_TRANSITIONS } from './chain.js';
import { simulateCustomers } from './customers.js';
import { simulateJourneys, touchpointLog } from './journeys.js';
import { buildOrderLines } from './orders.js';
import { aggregatePaths } from './paths.js';
import { simulatePurchases } from './purchases.js';
import { streamRandom } from './random.js';
import { simulateReviews } from './reviews.js';
import { dailySpendTotals, simulateSpend } from './spend.js';
import { buildTruth, designedBudgets } from './truth.js';
import type { DemoData, DemoOptions } from './types.js';

export const DEMO_DEFAULTS = { seed: 42, customers: 20_000, start: '2025-01-01', months: 12 } as const;
const MAX_CUSTOMERS = 2_000_000;

/** `c00042@demo.cn`: one email-like id used in every file, as a shop's member id would be. */
export function demoCustomerId(index: number, width: number): string {
  return `c${String(index + 1).padStart(width, '0')}@demo.cn`;
}

function checkOptions(options: DemoOptions): Required<DemoOptions> {
  const o = { ...DEMO_DEFAULTS, ...options };
  if (!Number.isInteger(o.seed)) throw new RangeError(`Demo seed must be an integer, got ${o.seed}`);
  if (!Number.isInteger(o.customers) || o.customers < 1 || o.customers > MAX_CUSTOMERS) {
    throw new RangeError(`Demo customers must be an integer from 1 to ${MAX_CUSTOMERS}, got ${o.customers}`);
  }
  // Journeys span up to four weeks, so shorter periods cannot hold them.
  if (!Number.isInteger(o.months) || o.months < 3 || o.months > 36) {
    throw new RangeError(`Demo months must be an integer from 3 to 36, got ${o.months}`);
  }
  parseIsoDate(o.start);
  return o;
}

export function simulateDemo(options: DemoOptions = {}): DemoData {
  const { seed, customers, start, months } = checkOptions(options);
  const startMs = parseIsoDate(start);
  const endMs = addMonths(startMs, months);
  const days = Math.round((endMs - startMs) / DAY_MS);
  const promos = promosBetween(startMs, endMs);
  const labels = CHANNELS.map((c) => c.label);

  const spend = simulateSpend(streamRandom(seed, 'spend'), { startMs, days, promos, channels: CHANNELS, budgets: designedBudgets(customers) });
  const idWidth = Math.max(5, String(customers).length);
  const drawn = simulateJourneys(
    streamRandom(seed, 'journeys'),
    { customers, startMs, endMs, dayWeights: dailySpendTotals(spend, days, CHANNELS.length), start: TRUE_START, transitions: TRUE_TRANSITIONS },
    (i) => demoCustomerId(i, idWidth),
  );

  const firsts = drawn.flatMap((j) =>
    j.conversionTime === null ? [] : [{ customerId: j.customerId, time: j.conversionTime, source: labels[j.channels[j.channels.length - 1]] }],
  );
  const purchases = simulatePurchases(streamRandom(seed, 'purchases'), firsts, endMs, REPEAT_ORDER_SOURCE);
  const firstValue = new Map<string, number>();
  const revenue = new Map<string, number>();
  for (const p of purchases) {
    if (p.first) firstValue.set(p.customerId, p.amount);
    revenue.set(p.customerId, (revenue.get(p.customerId) ?? 0) + p.amount);
  }
  const journeys = drawn.map((j) => ({ ...j, value: firstValue.get(j.customerId) ?? 0 }));

  const orders = buildOrderLines(streamRandom(seed, 'orders'), purchases, PRODUCTS);
  const customerRows = simulateCustomers(streamRandom(seed, 'customers'), journeys, CHANNELS, revenue);
  const overseas = new Set(customerRows.filter((c) => c.region === OVERSEAS_REGION).map((c) => c.customerId));
  const reviews = simulateReviews(streamRandom(seed, 'reviews'), orders, { endMs, products: PRODUCTS, overseas });
  const touchpoints = touchpointLog(streamRandom(seed, 'touchpoints'), journeys, CHANNELS);
  const paths = aggregatePaths(journeys, labels);

  const data = { spend, journeys, touchpoints, orders, customers: customerRows, reviews, paths };
  const brand = simulateBrandRevenue(streamRandom(seed, 'brand'), spend, { startMs, days, channels: CHANNELS });
  const truth = buildTruth({ seed, start, endMs, months, days, promos, purchases, data, brand });
  return { truth, ...data };
}
