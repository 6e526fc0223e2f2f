/**
 * The compact form every model reads: identical channel paths merged into one row with
 * integer channel ids, so a million mostly-duplicate journeys cost as much as their
 * distinct paths (issue 4, benchmark `attribution-1m`).
 */
import { PathInterner } from './path-interner.js';
import { GrowableFloat64, GrowableInt32 } from '../growable.js';
import { isJourneyColumns, type JourneyColumns } from './journey-columns.js';
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
  readonly timedConversions: TimedConversions | null;
  /** Converting journeys (weighted) that have no touch times. */
  readonly conversionsWithoutTimes: number;
  /** Input journeys with no channel at all or a non-positive count: they cannot be credited. */
  readonly skippedJourneys: number;
}

/**
 * Converting journeys with their touch times, in input order: conversion k's touches are
 * `steps[start[k] .. start[k+1])` (channel ids of the table) at `times[…]`; it stands for
 * `count[k]` journeys worth `value[k]` in all.
 */
export interface TimedConversions {
  readonly size: number;
  readonly start: Int32Array;
  readonly steps: Int32Array;
  readonly times: Float64Array;
  readonly count: Float64Array;
  readonly value: Float64Array;
}

/** Journeys as objects or as columns (a touchpoint log's), or already compiled. */
export type JourneySource = readonly Journey[] | JourneyColumns;
export type JourneyInput = JourneySource | JourneyTable;

export function isJourneyTable(input: JourneyInput): input is JourneyTable {
  return !Array.isArray(input) && (input as JourneyTable).kind === 'journey-table';
}

/** Compiles journeys once; models accept either form so `attributeAll` compiles only once. */
export function toJourneyTable(input: JourneyInput): JourneyTable {
  return isJourneyTable(input) ? input : compileJourneys(input);
}

/**
 * The table under construction: paths interned, sums per path and the timed conversions.
 * Both journey forms feed it journey by journey in input order, so they compile alike.
 */
class TableBuilder {
  private readonly interner = new PathInterner();
  private readonly conversions = new GrowableFloat64();
  private readonly values = new GrowableFloat64();
  private readonly nulls = new GrowableFloat64();
  private readonly timedStart = new GrowableInt32();
  private readonly timedSteps = new GrowableInt32();
  private readonly timedTimes = new GrowableFloat64();
  private readonly timedCount = new GrowableFloat64();
  private readonly timedValue = new GrowableFloat64();
  private timesComplete = true;
  private conversionsWithoutTimes = 0;
  skippedJourneys = 0;
  private totalJourneys = 0;
  private totalConversions = 0;
  private totalValue = 0;

  constructor() {
    this.timedStart.push(0);
  }

  /**
   * One journey of `length` touches on table channel ids `ids[0 .. length)`, standing for
   * `count` journeys; `times` (touch times, from `timesFrom`) null when it has none.
   */
  add(ids: Int32Array, length: number, count: number, converted: boolean, value: number, times: ArrayLike<number> | null, timesFrom: number): void {
    const p = this.interner.intern(ids, length);
    if (p === this.conversions.length) {
      this.conversions.push(0);
      this.values.push(0);
      this.nulls.push(0);
    }
    this.totalJourneys += count;
    if (!converted) {
      this.nulls.data[p] += count;
      return;
    }
    this.conversions.data[p] += count;
    this.values.data[p] += value;
    this.totalConversions += count;
    this.totalValue += value;
    if (times === null) {
      this.timesComplete = false;
      this.conversionsWithoutTimes += count;
      return;
    }
    if (!this.timesComplete) return;
    for (let i = 0; i < length; i++) {
      this.timedSteps.push(ids[i]);
      this.timedTimes.push(times[timesFrom + i]);
    }
    this.timedStart.push(this.timedSteps.length);
    this.timedCount.push(count);
    this.timedValue.push(value);
  }

  table(channels: readonly string[]): JourneyTable {
    return {
      kind: 'journey-table',
      channels,
      pathCount: this.conversions.length,
      offsets: this.interner.offsets.done(),
      steps: this.interner.steps.done(),
      conversions: this.conversions.done(),
      values: this.values.done(),
      nulls: this.nulls.done(),
      totalJourneys: this.totalJourneys,
      totalConversions: this.totalConversions,
      totalValue: this.totalValue,
      timedConversions: this.timesComplete
        ? {
            size: this.timedCount.length,
            start: this.timedStart.done(),
            steps: this.timedSteps.done(),
            times: this.timedTimes.done(),
            count: this.timedCount.done(),
            value: this.timedValue.done(),
          }
        : null,
      conversionsWithoutTimes: this.conversionsWithoutTimes,
      skippedJourneys: this.skippedJourneys,
    };
  }
}

export function compileJourneys(journeys: JourneySource): JourneyTable {
  return isJourneyColumns(journeys) ? compileJourneyColumns(journeys) : compileJourneyObjects(journeys);
}

/** Table channel ids are numbered in order of first appearance, as for journey objects. */
function compileJourneyColumns(journeys: JourneyColumns): JourneyTable {
  const builder = new TableBuilder();
  const tableId = new Int32Array(journeys.channelNames.length).fill(-1);
  const channels: string[] = [];
  let ids = new Int32Array(64);
  for (let j = 0; j < journeys.size; j++) {
    const from = journeys.start[j];
    const length = journeys.start[j + 1] - from;
    if (ids.length < length) ids = new Int32Array(length * 2);
    for (let i = 0; i < length; i++) {
      const channel = journeys.channel[from + i];
      let id = tableId[channel];
      if (id < 0) id = tableId[channel] = channels.push(journeys.channelNames[channel]) - 1;
      ids[i] = id;
    }
    const converted = journeys.converted[j] === 1;
    builder.add(ids, length, 1, converted, converted ? journeys.value[j] : 0, journeys.time, from);
  }
  return builder.table(channels);
}

function compileJourneyObjects(journeys: readonly Journey[]): JourneyTable {
  const builder = new TableBuilder();
  const channelIds = new Map<string, number>();
  const channels: string[] = [];
  let ids = new Int32Array(64);
  for (const journey of journeys) {
    const count = journey.count;
    const names = journey.channels;
    if (names.length === 0 || !(count > 0)) {
      builder.skippedJourneys += count > 0 ? count : 1;
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
    const times = journey.times && journey.times.length === names.length ? journey.times : null;
    builder.add(ids, names.length, count, journey.converted, journey.value, times, 0);
  }
  return builder.table(channels);
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
