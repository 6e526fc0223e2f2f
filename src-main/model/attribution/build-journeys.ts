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
import { journeyAt, type JourneyColumns } from './journey-columns.js';
import type { OrderConversionInput } from './order-conversions.js';
import type { Journey } from './types.js';

export const DEFAULT_LOOKBACK_DAYS = 30;

export interface BuildJourneysOptions {
  readonly lookbackDays?: number;
  /** Used as a customer's conversions (revenue as value) when that customer has no conversion event. */
  readonly orders?: OrderConversionInput;
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

export interface JourneyColumnsBuild {
  readonly journeys: JourneyColumns;
  readonly summary: JourneyBuildSummary;
}

/** The journeys as objects: for small logs and the tests (a large log keeps them as columns, buildJourneyColumns). */
export function buildJourneys(touches: TouchpointInput, options: BuildJourneysOptions = {}): JourneyBuild {
  const { journeys, summary } = buildJourneyColumns(touches, options);
  return { journeys: Array.from({ length: journeys.size }, (_, j) => journeyAt(journeys, j)), summary };
}

/** Per-journey columns that grow by doubling (how many journeys a log makes is known only at the end). */
class JourneyRows {
  size = 0;
  start = new Int32Array(1024);
  converted = new Uint8Array(1024);
  value = new Float64Array(1024);
  conversionTime = new Float64Array(1024);

  /** A journey whose touches end at `end` (the entry after its last one). */
  add(end: number, converted: boolean, value: number, conversionTime: number): void {
    if (this.size + 2 > this.start.length) this.grow();
    this.converted[this.size] = converted ? 1 : 0;
    this.value[this.size] = value;
    this.conversionTime[this.size] = conversionTime;
    this.start[++this.size] = end;
  }

  private grow(): void {
    const capacity = this.start.length * 2;
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(from: T, make: (n: number) => T): T => {
      const to = make(capacity);
      to.set(from);
      return to;
    };
    this.start = grown(this.start, (n) => new Int32Array(n));
    this.converted = grown(this.converted, (n) => new Uint8Array(n));
    this.value = grown(this.value, (n) => new Float64Array(n));
    this.conversionTime = grown(this.conversionTime, (n) => new Float64Array(n));
  }
}

export function buildJourneyColumns(touches: TouchpointInput, options: BuildJourneysOptions = {}): JourneyColumnsBuild {
  const lookbackDays = options.lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  if (!(lookbackDays > 0)) throw new RangeError(`lookback must be a positive number of days, got ${lookbackDays}`);
  const lookbackMs = lookbackDays * DAY_MS;
  const log = buildTouchLog(touches, options.orders ?? [], options.conversionIsTouch ?? true);
  const { order, time, channel, value, channelNames } = log;

  // Every touch lands in exactly one journey, so the touch columns have their final size now.
  let touchEntries = 0;
  for (let i = 0; i < order.length; i++) if (channel[i] >= 0) touchEntries++;
  const touchChannel = new Int32Array(touchEntries);
  const touchTime = new Float64Array(touchEntries);
  let written = 0;
  const journeys = new JourneyRows();
  /** Appends the touches `order[from .. to)` and closes a journey on them. */
  const addJourney = (from: number, to: number, converted: boolean, amount: number, at: number): void => {
    for (let i = from; i < to; i++) {
      touchChannel[written] = channel[order[i]];
      touchTime[written] = time[order[i]];
      written++;
    }
    journeys.add(written, converted, amount, at);
  };

  let touchCount = 0;
  let conversions = 0;
  let conversionValue = 0;
  let convertingJourneys = 0;
  let conversionsWithoutTouches = 0;
  let valueWithoutTouches = 0;
  let touchesOutsideLookback = 0;

  for (let customer = 0; customer < log.loggedCustomers; customer++) {
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
        addJourney(pending, first, false, 0, NaN);
      }
      if (first < i) {
        addJourney(first, i, true, value[entry], at);
        convertingJourneys++;
      } else {
        conversionsWithoutTouches++;
        valueWithoutTouches += value[entry];
      }
      pending = i + 1;
    }
    if (pending < end) addJourney(pending, end, false, 0, NaN);
  }
  // Customers after the logged ones have no touch: their conversions, in the same order.
  for (let k = 0; k < log.untouchedValues.length; k++) {
    const amount = log.untouchedValues[k];
    conversions++;
    conversionValue += amount;
    conversionsWithoutTouches++;
    valueWithoutTouches += amount;
  }

  const conversionSource =
    conversions === 0 ? 'none' : log.customersFromOrders === 0 ? 'events' : log.customersWithEvents === 0 ? 'orders' : 'mixed';
  const size = journeys.size;
  return {
    journeys: {
      kind: 'journey-columns',
      channelNames,
      size,
      start: journeys.start.slice(0, size + 1),
      channel: touchChannel,
      time: touchTime,
      converted: journeys.converted.slice(0, size),
      value: journeys.value.slice(0, size),
      conversionTime: journeys.conversionTime.slice(0, size),
    },
    summary: {
      customers: log.customerCount,
      touches: touchCount,
      conversions,
      conversionValue,
      conversionSource,
      convertingJourneys,
      nonConvertingJourneys: size - convertingJourneys,
      conversionsWithoutTouches,
      valueWithoutTouches,
      touchesOutsideLookback,
      invalidRows: log.invalidRows,
    },
  };
}
