/**
 * The compact form every model reads: identical channel paths merged into one row with
 * integer channel ids, so a million mostly-duplicate journeys cost as much as their
 * distinct paths (issue 4, benchmark `attribution-1m`).
 */
import { PathInterner } from './path-interner.js';
import type { ChannelCredits, Journey } from './types.js';

export interface JourneyTable {
  readonly kind: 'journey-table';
  /** Channel names by id, in order of first appearance. */
  readonly channels: readonly string[];
  /** Number of distinct paths. */
  readonly pathCount: number;
  /** Path p is `steps[offsets[p] .. offsets[p+1])`. */
  readonly offsets: Int32Array;
  readonly steps: Int32Array;
  /** Weighted converting journeys, their total value and the non-converting journeys, per path. */
  readonly conversions: Float64Array;
  readonly values: Float64Array;
  readonly nulls: Float64Array;
  readonly totalJourneys: number;
  readonly totalConversions: number;
  readonly totalValue: number;
  /** Converting journeys with a time per touch (time-decay reads these), or null when any lacks times. */
  readonly timedConversions: readonly Journey[] | null;
  /** Converting journeys (weighted) that have no touch times. */
  readonly conversionsWithoutTimes: number;
  /** Input journeys with no channel at all or a non-positive count: they cannot be credited. */
  readonly skippedJourneys: number;
}

export type JourneyInput = readonly Journey[] | JourneyTable;

export function isJourneyTable(input: JourneyInput): input is JourneyTable {
  return !Array.isArray(input) && (input as JourneyTable).kind === 'journey-table';
}

/** Compiles journeys once; models accept either form so `attributeAll` compiles only once. */
export function toJourneyTable(input: JourneyInput): JourneyTable {
  return isJourneyTable(input) ? input : compileJourneys(input as readonly Journey[]);
}

export function compileJourneys(journeys: readonly Journey[]): JourneyTable {
  const interner = new PathInterner();
  const channelIds = new Map<string, number>();
  const channels: string[] = [];
  const conversions: number[] = [];
  const values: number[] = [];
  const nulls: number[] = [];
  const timed: Journey[] = [];
  let ids = new Int32Array(64);
  let timesComplete = true;
  let conversionsWithoutTimes = 0;
  let skippedJourneys = 0;
  let totalJourneys = 0;
  let totalConversions = 0;
  let totalValue = 0;

  for (const journey of journeys) {
    const count = journey.count;
    const names = journey.channels;
    if (names.length === 0 || !(count > 0)) {
      skippedJourneys += count > 0 ? count : 1;
      continue;
    }
    if (ids.length < names.length) ids = new Int32Array(names.length * 2);
    for (let i = 0; i < names.length; i++) {
      let id = channelIds.get(names[i]);
      if (id === undefined) {
        id = channels.length;
        channelIds.set(names[i], id);
        channels.push(names[i]);
      }
      ids[i] = id;
    }
    const p = interner.intern(ids, names.length);
    if (p === conversions.length) {
      conversions.push(0);
      values.push(0);
      nulls.push(0);
    }
    totalJourneys += count;
    if (journey.converted) {
      conversions[p] += count;
      values[p] += journey.value;
      totalConversions += count;
      totalValue += journey.value;
      if (journey.times && journey.times.length === names.length) {
        if (timesComplete) timed.push(journey);
      } else {
        timesComplete = false;
        conversionsWithoutTimes += count;
      }
    } else {
      nulls[p] += count;
    }
  }

  return {
    kind: 'journey-table',
    channels,
    pathCount: conversions.length,
    offsets: Int32Array.from(interner.offsets),
    steps: Int32Array.from(interner.steps),
    conversions: Float64Array.from(conversions),
    values: Float64Array.from(values),
    nulls: Float64Array.from(nulls),
    totalJourneys,
    totalConversions,
    totalValue,
    timedConversions: timesComplete ? timed : null,
    conversionsWithoutTimes,
    skippedJourneys,
  };
}

/** Turns per-channel-id sums into the public credit map (every known channel present, zeros included). */
export function creditsFromArrays(
  table: JourneyTable,
  conversions: Float64Array,
  values: Float64Array,
): ChannelCredits {
  const credits: ChannelCredits = new Map();
  table.channels.forEach((name, id) => credits.set(name, { conversions: conversions[id], value: values[id] }));
  return credits;
}
