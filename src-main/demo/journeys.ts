/**
 * Customer journeys: each customer walks the true Markov chain (chain.ts) from a start
 * channel until conversion or null. The first touch falls on a day drawn in proportion to
 * total ad spend (festivals bring more shoppers) at an hour drawn from the daily rhythm;
 * later touches follow in the same session or on a later day. Every journey spans less
 * than 28 days, so a 30-day lookback window sees it whole.
 */
import { DAY_MS, HOUR_WEIGHTS, startOfDay } from './calendar.js';
import type { ChannelSpec } from './catalogue.js';
import { cumulative, sampleExponential, sampleIndex } from './random.js';
import type { Random } from './random.js';
import type { DemoJourney, TouchpointRow } from './types.js';

export interface JourneyPlan {
  customers: number;
  startMs: number;
  endMs: number;
  /** Relative chance that a journey starts on each day of the period. */
  dayWeights: readonly number[];
  start: readonly number[];
  transitions: readonly (readonly number[])[];
}

/** Latest day offset (from the first touch) at which a new-day touch may fall. */
export const MAX_JOURNEY_DAYS = 26;
const SAME_SESSION_SHARE = 0.35;
const MINUTE_MS = 60_000;

const hourSums = cumulative(HOUR_WEIGHTS);

/** A time of day drawn from the hourly rhythm, to the second. */
function timeOfDay(rng: Random): number {
  return sampleIndex(rng, hourSums) * 3_600_000 + Math.floor(rng() * 3600) * 1000;
}

/** Walks the chain: channel indices visited, and whether it ended in conversion. */
export function walkChain(rng: Random, startSums: Float64Array, rowSums: readonly Float64Array[]): { channels: number[]; converted: boolean } {
  const n = startSums.length;
  const channels: number[] = [];
  let state = sampleIndex(rng, startSums);
  for (;;) {
    channels.push(state);
    const next = sampleIndex(rng, rowSums[state]);
    if (next === n) return { channels, converted: true };
    if (next === n + 1) return { channels, converted: false };
    state = next;
  }
}

function touchTimes(rng: Random, firstDayMs: number, count: number): number[] {
  const times = [firstDayMs + timeOfDay(rng)];
  let t = times[0];
  for (let i = 1; i < count; i++) {
    const dayOffset = (startOfDay(t) - firstDayMs) / DAY_MS;
    if (rng() < SAME_SESSION_SHARE || dayOffset >= MAX_JOURNEY_DAYS) {
      t += 2 * MINUTE_MS + Math.round(sampleExponential(rng, 1 / (40 * MINUTE_MS)) / 1000) * 1000;
    } else {
      const gap = Math.min(1 + Math.floor(sampleExponential(rng, 1 / 1.5)), MAX_JOURNEY_DAYS - dayOffset);
      t = startOfDay(t) + gap * DAY_MS + timeOfDay(rng);
    }
    times.push(t);
  }
  return times;
}

/**
 * Draws one journey per customer; customer ids are numbered in order of first touch (the
 * order in which people became known to the brand), formatted by `customerIdOf`.
 */
export function simulateJourneys(rng: Random, plan: JourneyPlan, customerIdOf: (index: number) => string): DemoJourney[] {
  const startSums = cumulative(plan.start);
  const rowSums = plan.transitions.map((row) => cumulative(row));
  const daySums = cumulative(plan.dayWeights);
  const lastAllowed = plan.endMs - MINUTE_MS;
  const drafts: Omit<DemoJourney, 'customerId' | 'value'>[] = [];
  for (let c = 0; c < plan.customers; c++) {
    const { channels, converted } = walkChain(rng, startSums, rowSums);
    const firstDay = plan.startMs + sampleIndex(rng, daySums) * DAY_MS;
    const times = touchTimes(rng, firstDay, channels.length);
    const last = times[times.length - 1];
    let conversionTime = converted ? last + 5 * MINUTE_MS + Math.round(sampleExponential(rng, 1 / (30 * MINUTE_MS)) / 1000) * 1000 : null;
    // A journey that would run past the period is moved back whole days, keeping its rhythm.
    const end = conversionTime ?? last;
    if (end > lastAllowed) {
      const shift = Math.ceil((end - lastAllowed) / DAY_MS) * DAY_MS;
      for (let i = 0; i < times.length; i++) times[i] -= shift;
      if (conversionTime !== null) conversionTime -= shift;
    }
    drafts.push({ channels, times, converted, conversionTime });
  }
  drafts.sort((x, y) => x.times[0] - y.times[0]);
  return drafts.map((d, i) => ({ customerId: customerIdOf(i), ...d, value: 0 }));
}

/**
 * The touchpoint log an ad platform would export: one row per touch (曝光 view or 点击
 * click, by the channel's view share) plus a 转化 row at the purchase, carrying the last
 * touch's channel. Sorted by time like a real log.
 */
export function touchpointLog(rng: Random, journeys: readonly DemoJourney[], channels: readonly ChannelSpec[]): TouchpointRow[] {
  const rows: TouchpointRow[] = [];
  for (const j of journeys) {
    j.channels.forEach((k, i) => {
      rows.push({ customerId: j.customerId, time: j.times[i], channel: channels[k].label, event: rng() < channels[k].viewShare ? 'view' : 'click' });
    });
    if (j.conversionTime !== null) {
      const lastChannel = channels[j.channels[j.channels.length - 1]].label;
      rows.push({ customerId: j.customerId, time: j.conversionTime, channel: lastChannel, event: 'conversion' });
    }
  }
  // Stable sort: a customer's rows keep their order when two share a second.
  return rows.sort((x, y) => x.time - y.time);
}
