/**
 * Touchpoints in columns (issue 13): one pass over the table in stored order, texts
 * dictionary-coded, times turned into epoch milliseconds by SQLite. Stored times are
 * wall-clock `YYYY-MM-DDTHH:MM:SS` read as UTC (the importer writes them so); any other
 * text comes back as text for the caller to read.
 */
import type { Database } from 'better-sqlite3';
import { Dictionary } from '@shared/dictionary.js';
import { GrowingColumn } from './growing-column.js';
import { canPackColumns, decodeEntries, unpackEntries, unpackReals, unpackTexts } from './packed.js';
import type { PackedEntries, PackedTexts } from './packed.js';

export interface StoredTouchpointColumns {
  customerIds: string[];
  customer: Int32Array;
  /** Epoch ms of the wall time read as UTC; NaN where `oddTimes` has the text instead. */
  time: Float64Array;
  /** Row → stored text, for the rows whose time is not in the importer's form. */
  oddTimes: Map<number, string>;
  /**
   * Stored channel names (before the project's channel map), one entry per pair of stored
   * name and file spelling, which `channelRaws` holds (null: as stored): the map may count
   * two spellings of one stored name as different channels.
   */
  channels: string[];
  channelRaws: (string | null)[];
  channel: Int32Array;
  /** Stored event texts; code −1: no event. */
  events: string[];
  event: Int32Array;
  /** NaN: no value. */
  value: Float64Array;
}

export interface TouchpointFilter {
  /** Inclusive bounds on the stored time text. */
  from?: string;
  to?: string;
}

/**
 * The same columns with the customers as the stored bytes (PackedEntries) instead of
 * texts: matched against another table's entries without a string per customer.
 */
export type KeyedTouchpointColumns = Omit<StoredTouchpointColumns, 'customerIds'> & { customerKeys: PackedEntries };

/** Joins a stored channel name and its file spelling into one dictionary entry (no channel name holds it). */
const PAIR = '\u0000';

const MS = "CASE WHEN length(timestamp) = 19 AND substr(timestamp, 11, 1) = 'T' THEN unixepoch(timestamp) * 1000 END";

export function readTouchpointColumns(db: Database, filter: TouchpointFilter = {}): StoredTouchpointColumns {
  const where = filter.from !== undefined || filter.to !== undefined ? 'WHERE timestamp >= ? AND timestamp <= ?' : '';
  const bounds = where ? [filter.from ?? '', filter.to ?? '\uffff'] : [];
  if (canPackColumns(db)) {
    const { customerKeys, ...packed } = packedTouchpointColumns(db, where, bounds);
    return { customerIds: decodeEntries(customerKeys), ...packed };
  }
  const customers = new Dictionary();
  const channels = new Dictionary();
  const events = new Dictionary();
  const customer = new GrowingColumn((n) => new Int32Array(n));
  const time = new GrowingColumn((n) => new Float64Array(n));
  const channel = new GrowingColumn((n) => new Int32Array(n));
  const event = new GrowingColumn((n) => new Int32Array(n));
  const value = new GrowingColumn((n) => new Float64Array(n));
  const oddTimes = new Map<number, string>();
  const rows = db
    .prepare(`SELECT customer_id, ms, CASE WHEN ms IS NULL THEN timestamp END, channel, event, value, channel_raw FROM (SELECT *, ${MS} AS ms FROM touchpoints ${where})`)
    .raw()
    .iterate(...bounds) as Iterable<[string, number | null, string | null, string, string | null, number | null, string | null]>;
  for (const r of rows) {
    if (r[1] === null) oddTimes.set(customer.length, r[2] as string);
    customer.push(customers.code(r[0]));
    time.push(r[1] ?? NaN);
    channel.push(channels.code(r[6] === null ? r[3] : `${r[3]}${PAIR}${r[6]}`));
    event.push(r[4] === null ? -1 : events.code(r[4]));
    value.push(r[5] ?? NaN);
  }
  return {
    customerIds: customers.entries,
    customer: customer.done(),
    time: time.done(),
    oddTimes,
    channels: channels.entries.map((e) => e.split(PAIR)[0]),
    channelRaws: channels.entries.map((e) => e.split(PAIR)[1] ?? null),
    channel: channel.done(),
    events: events.entries,
    event: event.done(),
    value: value.done(),
  };
}

/** All touchpoints as KeyedTouchpointColumns, in stored order; null without the native packer. */
export function readKeyedTouchpointColumns(db: Database): KeyedTouchpointColumns | null {
  return canPackColumns(db) ? packedTouchpointColumns(db, '', []) : null;
}

/**
 * The same columns in one scan inside SQLite (column_pack.c); times in C, strictly valid
 * ones only. The texts of other times take a second scan, only when there are any: most
 * projects have none, and packing a column of NULLs cost a fifth of the scan.
 */
function packedTouchpointColumns(db: Database, where: string, bounds: string[]): KeyedTouchpointColumns {
  const packs = [
    'roi_pack_text(customer_id)',
    'roi_pack_real(roi_iso_ms(timestamp))',
    // Apart, then paired here: joining the two texts in SQL took a third of the scan.
    'roi_pack_text(channel)',
    'roi_pack_text(channel_raw)',
    'roi_pack_text(event)',
    'roi_pack_real(value)',
  ];
  const [customers, times, channels, raws, events, value] = db.prepare(`SELECT ${packs.join(', ')} FROM touchpoints ${where}`).raw().get(...bounds) as Buffer[];
  const c = unpackEntries(customers);
  const ch = channelPairs(unpackTexts(channels), unpackTexts(raws));
  const e = unpackTexts(events);
  const time = unpackReals(times);
  const oddTimes = new Map<number, string>();
  if (time.some(Number.isNaN)) {
    // The same table, the same filter: the same plan, so rows come in the same order.
    const [odd] = db.prepare(`SELECT roi_pack_text(CASE WHEN roi_iso_ms(timestamp) IS NULL THEN timestamp END) FROM touchpoints ${where}`).raw().get(...bounds) as Buffer[];
    const o = unpackTexts(odd);
    for (let row = 0; row < o.codes.length; row++) {
      const code = o.codes[row];
      if (code >= 0) oddTimes.set(row, o.entries[code]);
    }
  }
  return {
    customerKeys: c.entries,
    customer: c.codes,
    time,
    oddTimes,
    channels: ch.channels,
    channelRaws: ch.channelRaws,
    channel: ch.codes,
    events: e.entries,
    event: e.codes,
    value: unpackReals(value),
  };
}

/**
 * One entry per pair of stored name and file spelling, numbered in order of first
 * appearance: the entries the row-by-row read makes of the joined texts.
 */
function channelPairs(names: PackedTexts, raws: PackedTexts): { channels: string[]; channelRaws: (string | null)[]; codes: Int32Array } {
  // Pair (name, raw) → entry + 1, raw −1 (NULL) included: a few channels and spellings, a small table.
  const width = raws.entries.length + 1;
  const pairs = names.entries.length * width <= 1 << 20 ? new Int32Array(names.entries.length * width) : null;
  const sparse = pairs ? null : new Map<number, number>();
  const channels: string[] = [];
  const channelRaws: (string | null)[] = [];
  // The pairs' codes overwrite the names' (each row's name is read before it is written).
  const codes = names.codes;
  for (let row = 0; row < codes.length; row++) {
    const name = names.codes[row];
    const raw = raws.codes[row];
    const key = name * width + raw + 1;
    let entry = (pairs ? pairs[key] : (sparse?.get(key) ?? 0)) - 1;
    if (entry < 0) {
      entry = channels.push(names.entries[name]) - 1;
      channelRaws.push(raw < 0 ? null : raws.entries[raw]);
      if (pairs) pairs[key] = entry + 1;
      else sparse?.set(key, entry + 1);
    }
    codes[row] = entry;
  }
  return { channels, channelRaws, codes };
}

/** Event names with their counts, most frequent first (at most `limit`). */
export function eventCounts(db: Database, limit: number): { event: string; n: number }[] {
  return db.prepare('SELECT event, COUNT(*) AS n FROM touchpoints WHERE event IS NOT NULL GROUP BY event ORDER BY n DESC LIMIT ?').all(limit) as { event: string; n: number }[];
}
