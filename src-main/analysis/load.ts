/**
 * Reading a project's datasets into the plain rows the model core takes. All datasets
 * of a kind are read together (a client may export spend month by month). Stored times
 * are wall-clock ISO strings; they become epoch milliseconds read as UTC, so day
 * arithmetic never trips over daylight-saving changes.
 */
import type { Database } from 'better-sqlite3';
import { orderTotals } from '../model/attribution/index.js';
import type { FunnelColumns, Journey, OrderConversionColumns, PathRow, TouchpointColumns } from '../model/attribution/index.js';
import { parseEvent } from '@shared/values/event.js';
import { channelResolver, pathStepResolver } from '../store/channel-map.js';
import type { ChannelResolver } from '../store/channel-map.js';
import { readKeyedTouchpointColumns, readTouchpointColumns } from '../store/queries/touchpoints.js';
import type { StoredTouchpointColumns } from '../store/queries/touchpoints.js';
import type { PackedEntries } from '../store/queries/packed.js';
import { firstOrderSources, orderSources } from '../store/queries/order-rows.js';
import { readOrderColumns } from '../store/queries/orders.js';
import { readPaths } from '../store/queries/paths.js';
import { spendByStoredChannel } from '../store/queries/spend.js';
export { hasOrderChannels } from '../store/queries/order-rows.js';

export interface Period {
  from?: string;
  to?: string;
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SS' → epoch ms (UTC reading of the wall time). */
export function isoToMs(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
}

/** Whether a kind has any row: the store's answer, under the name the analyses use. */
export { hasRows as hasData } from '../store/tables.js';

/** Stored touchpoints in columns, each time in epoch ms and each channel as the project's channel map counts it. */
function storedTouchpoints(db: Database, period?: Period) {
  const lo = period?.from ?? '0000-01-01';
  const hi = `${period?.to ?? '9999-12-31'}T23:59:59`;
  return resolveStored(db, readTouchpointColumns(db, period ? { from: lo, to: hi } : {}));
}

function resolveStored<T extends Omit<StoredTouchpointColumns, 'customerIds'>>(db: Database, stored: T): T {
  for (const [row, text] of stored.oddTimes) stored.time[row] = isoToMs(text);
  const channel = channelResolver(db);
  return { ...stored, channels: stored.channels.map((name, code) => channel(name, stored.channelRaws[code])) };
}

/** The touch columns but the customers: marked conversions, resolved times and channels. */
function touchColumns(stored: Omit<StoredTouchpointColumns, 'customerIds'>): Omit<TouchpointColumns, 'customerIds'> {
  const conversionEvent = Uint8Array.from(stored.events, (text) => (parseEvent(text) === 'conversion' ? 1 : 0));
  // A plain loop: TypedArray.from with a mapping function costs ~80 ns a row, 0.3 s on 4M touches.
  const conversion = new Uint8Array(stored.event.length);
  for (let i = 0; i < conversion.length; i++) {
    const code = stored.event[i];
    conversion[i] = code >= 0 ? conversionEvent[code] : 0;
  }
  return { customer: stored.customer, time: stored.time, channels: stored.channels, channel: stored.channel, conversion, value: stored.value };
}

export function loadTouchpoints(db: Database): TouchpointColumns<readonly string[]> {
  const stored = storedTouchpoints(db);
  return { customerIds: stored.customerIds, ...touchColumns(stored) };
}

/**
 * The touchpoints with their customers as the stored bytes, to be matched against the
 * orders' without a string per customer (attribution-inputs.ts); null without the native packer.
 */
export function loadKeyedTouchpoints(db: Database): (Omit<TouchpointColumns, 'customerIds'> & { customerKeys: PackedEntries }) | null {
  const stored = readKeyedTouchpointColumns(db);
  if (!stored) return null;
  const resolved = resolveStored(db, stored);
  return { customerKeys: resolved.customerKeys, ...touchColumns(resolved) };
}

/**
 * Funnel events: each touchpoint is a step named by its event (or, in logs without an
 * event column, by its channel). Names are compared case-insensitively.
 */
export function loadFunnelEvents(db: Database, period: Period = {}): FunnelColumns {
  const stored = storedTouchpoints(db, period);
  // Step names numbered in order of first appearance, from event texts and channel names alike.
  const stepIndex = new Map<string, number>();
  const stepCode = (name: string): number => {
    let at = stepIndex.get(name);
    if (at === undefined) {
      at = stepIndex.size;
      stepIndex.set(name, at);
    }
    return at;
  };
  const ofEvent = new Int32Array(stored.events.length).fill(-1);
  const ofChannel = new Int32Array(stored.channels.length).fill(-1);
  const step = new Int32Array(stored.event.length);
  for (let i = 0; i < step.length; i++) {
    const e = stored.event[i];
    if (e >= 0) {
      if (ofEvent[e] < 0) ofEvent[e] = stepCode(stored.events[e].toLowerCase());
      step[i] = ofEvent[e];
    } else {
      const c = stored.channel[i];
      if (ofChannel[c] < 0) ofChannel[c] = stepCode(stored.channels[c].toLowerCase());
      step[i] = ofChannel[c];
    }
  }
  return { customerIds: stored.customerIds, customer: stored.customer, time: stored.time, stepNames: [...stepIndex.keys()], step, channels: stored.channels, channel: stored.channel };
}

/** Orders as conversions: lines of one order (same customer, same time) are one conversion. */
export function loadOrderConversions(db: Database): OrderConversionColumns<readonly string[]> {
  const lines = readOrderColumns(db, { orderIds: false });
  const { dateTime, dateRank } = orderDates(lines.dates);
  return { customerIds: lines.customerIds, ...orderTotals({ customers: lines.customerIds.length, ...lines }, dateTime, dateRank) };
}

/**
 * Per distinct date text, not per line (a shop's 4.5M order lines fall on a few thousand
 * days): its epoch ms, and its rank in the texts' order (a customer's orders by date).
 */
export function orderDates(dates: readonly string[]): { dateTime: Float64Array; dateRank: Int32Array } {
  const dateTime = Float64Array.from(dates, isoToMs);
  const dateRank = new Int32Array(dates.length);
  [...dates.keys()].sort((a, b) => (dates[a] < dates[b] ? -1 : dates[a] > dates[b] ? 1 : 0)).forEach((entry, rank) => (dateRank[entry] = rank));
  return { dateTime, dateRank };
}

/** Paths rows, with the spreadsheet row each came from (so problems can name it). */
export function loadPaths(db: Database): { rows: PathRow[]; sheetRows: number[] } {
  const raw = readPaths(db);
  return {
    rows: raw.map(([path, conversions, value, nulls]) => ({ path, conversions, value, nulls })),
    sheetRows: raw.map((r) => r[4]),
  };
}

/**
 * The channel each step of a stored path counts as: paths keep their steps as exported
 * (`google > meta`), so they get the importer's normalisation here, then the channel map.
 */
export function pathStepChannels(db: Database): ChannelResolver {
  return pathStepResolver(db);
}

/** Spend per channel within the period (dates inclusive), by the channel each counts as in the project's channel map. */
export function loadSpendByChannel(db: Database, period: Period = {}): Map<string, number> {
  const rows = spendByStoredChannel(db, period);
  const resolve = channelResolver(db);
  const spend = new Map<string, number>();
  for (const [name, raw, amount] of rows) {
    const channel = resolve(name, raw);
    spend.set(channel, (spend.get(channel) ?? 0) + amount);
  }
  return spend;
}

/**
 * Orders as one-touch journeys: each order (lines of one customer at one time) credited to
 * the channel it came from, through the project's channel map. Orders without a channel
 * are counted, not credited; refund-only lines (net revenue below zero) are not orders.
 */
export function loadOrderSourceJourneys(db: Database): { journeys: Journey[]; withoutChannel: number } {
  const resolve = channelResolver(db);
  const rows = orderSources(db);
  const journeys: Journey[] = [];
  let withoutChannel = 0;
  for (const [date, channel, raw, revenue] of rows) {
    if (channel === null) {
      withoutChannel++;
      continue;
    }
    const time = isoToMs(date);
    journeys.push({ channels: [resolve(channel, raw)], times: [time], conversionTime: time, converted: true, value: revenue, count: 1 });
  }
  return { journeys, withoutChannel };
}

/**
 * New customers per source channel: customers whose first purchase (revenue ≥ 0, the
 * dashboard's definition) falls in the period, by the channel of that first order, through
 * the channel map. First orders without a channel are not counted.
 */
export function loadNewCustomersBySource(db: Database, period: Period = {}): Map<string, number> {
  const rows = firstOrderSources(db, period);
  const resolve = channelResolver(db);
  const counts = new Map<string, number>();
  for (const [name, raw, n] of rows) {
    const channel = resolve(name, raw);
    counts.set(channel, (counts.get(channel) ?? 0) + n);
  }
  return counts;
}

