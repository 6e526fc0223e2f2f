/**
 * Journeys from a touchpoint log: per customer in time
 * order, a conversion ends a journey made of the touches within the lookback window before
 * it (default 30 days, the Google Ads / GA default click window). Nothing is dropped
 * silently: touches older than the window form their own non-converting journey, trailing
 * touches without a conversion form a non-converting journey (a null exit for Markov), and
 * conversions with no touch in the window are counted in the summary.
 */
import { buildTouchLog, type TouchpointInput } from './touch-log.js';
import { DAY_MS } from './units.js';
import type { Journey, OrderRow } from './types.js';

export const DEFAULT_LOOKBACK_DAYS = 30;

export interface BuildJourneysOptions {
  readonly lookbackDays?: number;
  /** Used as a customer's conversions (revenue as value) when that customer has no conversion event. */
  readonly orders?: readonly OrderRow[];
  /**
   * Whether a conversion row's channel is also the journey's closing touch (default true):
   * exports often log the converting click only as the conversion row. Set false when the
   * log has a separate touch row for it.
   */
  readonly conversionIsTouch?: boolean;
}

export interface JourneyBuildSummary {
  readonly customers: number;
  readonly touches: number;
  readonly conversions: number;
  readonly conversionValue: number;
  /** Where conversions came from: event rows, orders, both (per customer), or nowhere. */
  readonly conversionSource: 'events' | 'orders' | 'mixed' | 'none';
  readonly convertingJourneys: number;
  readonly nonConvertingJourneys: number;
  /** Conversions with no touch in their window: they cannot be attributed to any channel. */
  readonly conversionsWithoutTouches: number;
  readonly valueWithoutTouches: number;
  /** Touches older than the window before the next conversion (kept as non-converting journeys). */
  readonly touchesOutsideLookback: number;
  /** Rows with a non-finite time or an empty channel on a touch. */
  readonly invalidRows: number;
}

export interface JourneyBuild {
  readonly journeys: Journey[];
  readonly summary: JourneyBuildSummary;
}

export function buildJourneys(touches: TouchpointInput, options: BuildJourneysOptions = {}): JourneyBuild {
  const lookbackDays = options.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  if (!(lookbackDays > 0)) throw new RangeError(`lookback must be a positive number of days, got ${lookbackDays}`);
  const lookbackMs = lookbackDays * DAY_MS;
  const log = buildTouchLog(touches, options.orders ?? [], options.conversionIsTouch ?? true);
  const { order, time, channel, value, channelNames } = log;

  const journeys: Journey[] = [];
  let touchCount = 0;
  let conversions = 0;
  let conversionValue = 0;
  let convertingJourneys = 0;
  let conversionsWithoutTouches = 0;
  let valueWithoutTouches = 0;
  let touchesOutsideLookback = 0;

  for (let customer = 0; customer < log.customerCount; customer++) {
    // Touches since the previous conversion are order[pending .. i).
    let pending = log.start[customer];
    const end = log.start[customer + 1];
    for (let i = pending; i < end; i++) {
      const entry = order[i];
      if (channel[entry] >= 0) {
        touchCount++;
        continue;
      }
      const at = time[entry];
      conversions++;
      conversionValue += value[entry];
      let first = pending;
      while (first < i && time[order[first]] < at - lookbackMs) first++;
      if (first > pending) {
        touchesOutsideLookback += first - pending;
        journeys.push({ channels: channelsOf(pending, first), times: timesOf(pending, first), converted: false, value: 0, count: 1 });
      }
      if (first < i) {
        journeys.push({
          channels: channelsOf(first, i),
          times: timesOf(first, i),
          conversionTime: at,
          converted: true,
          value: value[entry],
          count: 1,
        });
        convertingJourneys++;
      } else {
        conversionsWithoutTouches++;
        valueWithoutTouches += value[entry];
      }
      pending = i + 1;
    }
    if (pending < end) journeys.push({ channels: channelsOf(pending, end), times: timesOf(pending, end), converted: false, value: 0, count: 1 });
  }

  // Arrays of their exact length: grown by push, each would reserve 17 slots for a journey's
  // handful of touches, and a million journeys would carry a quarter of a gigabyte of them.
  function channelsOf(from: number, to: number): string[] {
    const channels = new Array<string>(to - from);
    for (let i = from; i < to; i++) channels[i - from] = channelNames[channel[order[i]]];
    return channels;
  }
  function timesOf(from: number, to: number): number[] {
    const times = new Array<number>(to - from);
    for (let i = from; i < to; i++) times[i - from] = time[order[i]];
    return times;
  }

  const conversionSource =
    conversions === 0 ? 'none' : log.customersFromOrders === 0 ? 'events' : log.customersWithEvents === 0 ? 'orders' : 'mixed';
  return {
    journeys,
    summary: {
      customers: log.customerCount,
      touches: touchCount,
      conversions,
      conversionValue,
      conversionSource,
      convertingJourneys,
      nonConvertingJourneys: journeys.length - convertingJourneys,
      conversionsWithoutTouches,
      valueWithoutTouches,
      touchesOutsideLookback,
      invalidRows: log.invalidRows,
    },
  };
}
