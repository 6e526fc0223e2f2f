/**
 * Daily ad spend per channel: a designed yearly budget spread over the days in proportion
 * to the weekday profile and festival multipliers (calendar.ts), with log-normal day-to-day
 * noise; impressions and clicks follow from each channel's CPM and CTR.
 */
import { DAY_MS, dayMultiplier, isoDate, promoOn } from './calendar.js';
import type { Promo } from './calendar.js';
import type { ChannelSpec } from './catalogue.js';
import { sampleLogNormalNoise } from './random.js';
import type { Random } from './random.js';
import type { SpendRow } from './types.js';

export interface SpendPlan {
  startMs: number;
  days: number;
  promos: readonly Promo[];
  channels: readonly ChannelSpec[];
  /** Yearly budget per channel (yuan), in channel order. */
  budgets: readonly number[];
}

const DAILY_NOISE = 0.15;
const DELIVERY_NOISE = 0.08;

const roundCents = (x: number): number => Math.round(x * 100) / 100;

/** One row per day and channel, day-major; the rounded rows add up to each budget within a few cents. */
export function simulateSpend(rng: Random, plan: SpendPlan): SpendRow[] {
  const { startMs, days, promos, channels, budgets } = plan;
  const multipliers = Array.from({ length: days }, (_, d) => dayMultiplier(startMs + d * DAY_MS, promos));
  const shapes = channels.map(() => multipliers.map((m) => m * sampleLogNormalNoise(rng, DAILY_NOISE)));
  const shapeTotals = shapes.map((s) => s.reduce((a, b) => a + b, 0));
  const rows: SpendRow[] = [];
  for (let d = 0; d < days; d++) {
    const dayMs = startMs + d * DAY_MS;
    const promo = promoOn(dayMs, promos);
    channels.forEach((channel, k) => {
      const spend = roundCents((budgets[k] * shapes[k][d]) / shapeTotals[k]);
      const impressions = Math.round((spend / channel.cpm) * 1000 * sampleLogNormalNoise(rng, DELIVERY_NOISE));
      const clicks = Math.round(impressions * channel.ctr * sampleLogNormalNoise(rng, DELIVERY_NOISE));
      rows.push({
        date: isoDate(dayMs),
        channel: channel.label,
        campaign: promo?.campaign ? `${promo.campaign}-${channel.label}` : channel.campaign,
        spend,
        impressions,
        clicks,
      });
    });
  }
  return rows;
}

/** Journey starts follow the total daily spend: festivals bring more shoppers. */
export function dailySpendTotals(rows: readonly SpendRow[], days: number, channelCount: number): number[] {
  return Array.from({ length: days }, (_, d) => {
    let sum = 0;
    for (let k = 0; k < channelCount; k++) sum += rows[d * channelCount + k].spend;
    return sum;
  });
}
