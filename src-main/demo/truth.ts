/**
 * The known truth stored with the demo project: the parameters the data were drawn from
 * and the exact quantities they imply, so later analyses can be checked against them.
 */
import { isoDate } from './calendar.js';
import type { BrandTruth } from './brand-revenue.js';
import type { Promo } from './calendar.js';
import { BRAND, CHANNELS, MEMBER_LEVELS, PRODUCTS } from './catalogue.js';
import { TRUE_START, TRUE_TRANSITIONS, conversionProbability, expectedJourneyLength, removalEffects } from './chain.js';
import { TRUE_BGNBD, TRUE_GAMMA_GAMMA } from './purchases.js';
import type { Purchase } from './purchases.js';
import type { DemoData, DemoTruth } from './types.js';

/** Mean spend per purchase of the Gamma-Gamma truth, pγ/(q − 1). */
export const TRUE_MEAN_ORDER_VALUE = (TRUE_GAMMA_GAMMA.p * TRUE_GAMMA_GAMMA.gamma) / (TRUE_GAMMA_GAMMA.q - 1);

/**
 * Yearly budgets designed from the truth: the first-order value the exact removal effects
 * credit to each channel in expectation, divided by the channel's target ROAS. Realised
 * ROAS then equals the target times (realised / expected first-order value), the same
 * factor for every channel, so the designed ordering holds exactly.
 */
export function designedBudgets(customers: number): number[] {
  const effects = removalEffects(TRUE_START, TRUE_TRANSITIONS);
  const total = effects.reduce((a, b) => a + b, 0);
  const expectedValue = customers * conversionProbability(TRUE_START, TRUE_TRANSITIONS) * TRUE_MEAN_ORDER_VALUE;
  return CHANNELS.map((c, k) => (expectedValue * effects[k]) / total / c.targetRoas);
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

function shares<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = values.length ? round(values.filter((v) => v === k).length / values.length, 4) : 0;
  return out;
}

export interface TruthInput {
  seed: number;
  start: string;
  endMs: number;
  months: number;
  days: number;
  promos: Promo[];
  purchases: readonly Purchase[];
  data: Omit<DemoData, 'truth'>;
  brand: BrandTruth;
}

export function buildTruth(input: TruthInput): DemoTruth {
  const { data, purchases } = input;
  const effects = removalEffects(TRUE_START, TRUE_TRANSITIONS);
  const effectTotal = effects.reduce((a, b) => a + b, 0);
  const firstRevenue = purchases.filter((p) => p.first).reduce((s, p) => s + p.amount, 0);
  const repeatRevenue = purchases.filter((p) => !p.first).reduce((s, p) => s + p.amount, 0);
  const channels = CHANNELS.map((c, k) => {
    const spend = round(data.spend.filter((r) => r.channel === c.label).reduce((s, r) => s + r.spend, 0));
    const creditedValue = (firstRevenue * effects[k]) / effectTotal;
    return {
      key: c.key,
      label: c.label,
      zh: c.zh,
      en: c.en,
      cpm: c.cpm,
      ctr: c.ctr,
      targetRoas: c.targetRoas,
      spend,
      removalEffect: round(effects[k], 6),
      creditedValue: round(creditedValue),
      roas: round(creditedValue / spend, 4),
      roi: round((creditedValue - spend) / spend, 4),
    };
  });
  // Analyses see the importer's canonical channel names (Douyin, WeChat…), which are the `en` names.
  const names = CHANNELS.map((c) => c.en);
  const orderIds = new Set(data.orders.map((o) => o.orderId));
  const problem = PRODUCTS.reduce((worst, p) => (p.complaintRisk > worst.complaintRisk ? p : worst));
  return {
    description:
      'Simulated 山茶集 Camellia Lab year: journeys from a known first-order Markov chain, first orders at conversion, repeat orders from BG/NBD, order values from Gamma-Gamma, spend budgets designed for a known ROAS per channel. See src-main/demo/README.md.',
    seed: input.seed,
    start: input.start,
    end: isoDate(input.endMs),
    months: input.months,
    days: input.days,
    brand: { ...BRAND },
    channels,
    roiOrdering: [...CHANNELS].sort((a, b) => b.targetRoas - a.targetRoas).map((c) => c.en),
    markov: {
      states: [...names, 'conversion', 'null'],
      start: [...TRUE_START],
      transitions: TRUE_TRANSITIONS.map((row) => [...row]),
      conversionProbability: round(conversionProbability(TRUE_START, TRUE_TRANSITIONS), 6),
      expectedTouchesPerJourney: round(expectedJourneyLength(TRUE_START, TRUE_TRANSITIONS), 4),
      lookbackDaysSafe: 30,
    },
    bgnbd: { ...TRUE_BGNBD, timeUnit: 'week' },
    gammaGamma: { ...TRUE_GAMMA_GAMMA, meanTransactionValue: round(TRUE_MEAN_ORDER_VALUE) },
    promos: input.promos,
    counts: {
      customers: data.customers.length,
      journeys: data.journeys.length,
      convertingCustomers: data.journeys.filter((j) => j.converted).length,
      touches: data.touchpoints.filter((t) => t.event !== 'conversion').length,
      touchpointRows: data.touchpoints.length,
      orders: orderIds.size,
      repeatOrders: purchases.filter((p) => !p.first).length,
      orderLines: data.orders.length,
      reviews: data.reviews.length,
      spendRows: data.spend.length,
      distinctPaths: data.paths.length,
    },
    revenue: { firstOrders: round(firstRevenue), repeatOrders: round(repeatRevenue), total: round(firstRevenue + repeatRevenue) },
    reviews: {
      sentimentShares: shares(['positive', 'neutral', 'negative'] as const, data.reviews.map((r) => r.sentiment)),
      languageShares: shares(['zh', 'en'] as const, data.reviews.map((r) => r.language)),
      problemProduct: problem.zh,
    },
    memberLevels: MEMBER_LEVELS.map((l) => ({ ...l })),
    mmm: input.brand,
  };
}
