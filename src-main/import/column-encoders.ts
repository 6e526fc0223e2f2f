/**
 * One encoder per stored column: types the raw cells of a batch straight into the packed
 * batch's column (store/batch/layout.ts) — numbers into a Float64Array, everything else
 * into codes of a per-batch dictionary. The cell typers (values/) decide every value;
 * the encoders only add the fast paths that make a million rows cheap: plain numbers
 * without a regex, and each distinct text typed once per batch.
 */
import type { BatchColumn } from '../store/batch/layout.js';
import { utf8Text } from './read/byte-lines.js';
import { isoDateTimeLength, makeCellTyper, plainDecimalBytes, plainDecimalValue, withinMagnitude } from './values/index.js';
import { makeRawChannelTyper } from './values/cell-typer.js';
import type { CellTyper, Typed } from './values/index.js';
import type { RoleType } from '@shared/kinds.js';
import { detectDecimalComma } from '@shared/values/decimal-comma.js';
import { Utf8DictionaryBuilder } from './utf8-dictionary.js';

/** The text of a cell's bytes. */
export type CellText = (bytes: Buffer, start: number, end: number) => string;

/** What `put` found: a value, an empty cell, or a problem (then see `problem`). */
export const FILLED = 0;
export const EMPTY = 1;
export const PROBLEM = 2;
export type PutResult = typeof FILLED | typeof EMPTY | typeof PROBLEM;

export interface ColumnEncoder {
  /** Starts a batch of `rows` rows. */
  reset(rows: number): void;
  put(i: number, raw: string): PutResult;
  /**
   * `put` of the trimmed cell bytes[start, end): the same result, without a string when it
   * can. `text` reads the bytes (UTF-8 unless said otherwise; GB18030 in gbk-cells.ts).
   */
  putBytes(i: number, bytes: Buffer, start: number, end: number, text?: CellText): PutResult;
  /** The failed typing of the last PROBLEM. */
  readonly problem: Typed;
  column(): BatchColumn;
}

const NO_PROBLEM: Typed = { ok: true, value: null };

export function makeColumnEncoder(type: RoleType, samples: readonly string[]): ColumnEncoder {
  const typer = makeCellTyper(type, samples);
  if (type === 'number' || type === 'integer') return new NumberEncoder(typer, detectDecimalComma(samples), type === 'integer');
  return new DictionaryEncoder(typer, BYTES_AS_STORED[type]);
}

/**
 * Where a cell's bytes are (nearly) its stored value, they go into the dictionary without
 * a string: the code, or NOT_AS_STORED for a cell that takes the string way. Each agrees
 * exactly with its type's cell typer (the tests type both ways): text is stored as written
 * (its bytes as they are when they are UTF-8 — `utf8` — or ASCII, which a GB18030 file
 * writes alike); an ISO date-time already valid (ASCII) is what parseDate/parseDateTime
 * return for it.
 */
type BytesAsStored = (dictionary: Utf8DictionaryBuilder, bytes: Buffer, start: number, end: number, utf8: boolean) => number;
const NOT_AS_STORED = -2;
const BYTES_AS_STORED: Partial<Record<RoleType, BytesAsStored>> = {
  text: (dictionary, bytes, start, end, utf8) => (utf8 || isAscii(bytes, start, end) ? dictionary.pushBytes(bytes, start, end) : NOT_AS_STORED),
  datetime: (dictionary, bytes, start, end) => (isoDateTimeLength(bytes, start, end) === 0 ? NOT_AS_STORED : dictionary.pushIsoDateTime(bytes, start, end)),
  date: (dictionary, bytes, start, end) => (isoDateTimeLength(bytes, start, end) === 0 ? NOT_AS_STORED : dictionary.pushBytes(bytes, start, start + 10)),
};

function isAscii(bytes: Buffer, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (bytes[k] >= 0x80) return false;
  return true;
}

class NumberEncoder implements ColumnEncoder {
  problem = NO_PROBLEM;
  private values = new Float64Array(0);

  constructor(
    private readonly typer: CellTyper,
    private readonly decimalComma: boolean,
    private readonly integral: boolean,
  ) {}

  reset(rows: number): void {
    this.values = new Float64Array(rows);
  }

  put(i: number, raw: string): PutResult {
    const fast = plainDecimalValue(raw, this.decimalComma);
    if (withinMagnitude(fast) && (!this.integral || Number.isInteger(fast))) {
      this.values[i] = fast === 0 ? 0 : fast; // no −0
      return FILLED;
    }
    const typed = this.typer(raw);
    if (!typed.ok) {
      this.problem = typed;
      return PROBLEM;
    }
    if (typed.value === null) {
      this.values[i] = NaN;
      return EMPTY;
    }
    this.values[i] = typed.value as number;
    return FILLED;
  }

  putBytes(i: number, bytes: Buffer, start: number, end: number, text: CellText = utf8Text): PutResult {
    if (start === end) {
      // An empty cell (most of a touchpoints log's `value`, filled on conversions only):
      // what put('') finds, without making the string and asking the typer.
      this.values[i] = NaN;
      return EMPTY;
    }
    const fast = plainDecimalBytes(bytes, start, end, this.decimalComma);
    if (withinMagnitude(fast) && (!this.integral || Number.isInteger(fast))) {
      this.values[i] = fast === 0 ? 0 : fast;
      return FILLED;
    }
    return this.put(i, text(bytes, start, end));
  }

  column(): BatchColumn {
    return { type: 'real', values: this.values };
  }
}

/** `channel_raw`: the channel cell as the file spelled it, where the importer respelled it. */
export function makeRawChannelEncoder(): ColumnEncoder {
  return new DictionaryEncoder(makeRawChannelTyper(), undefined);
}

const UNIQUE_SHARE = 0.9;
const UNIQUE_MIN_CELLS = 1024;
const RECHECK_BATCHES = 16;

/** Dates, channels, events and free text: stored as text, typed once per distinct cell. */
class DictionaryEncoder implements ColumnEncoder {
  problem = NO_PROBLEM;
  private codes = new Int32Array(0);
  private readonly dictionary = new Utf8DictionaryBuilder();
  /** This batch's entries added as strings, by code (the byte lane's memo keeps them). */
  private readonly values: string[] = [];
  private readonly codeOf = new Map<string, number>();
  /** The previous cell and its code: sorted exports repeat a date row after row. */
  private lastRaw: string | undefined;
  private lastCode = -1;
  /** The byte lane's memo, which outlives batches (entries get a code per batch). */
  private readonly byBytes = new BytesMemo();
  private batch = 0;
  /**
   * A column of unique values (ids, timestamps) gains nothing from the lookup table, only
   * its cost: when nearly every cell of a batch was new, the next batches skip it (a repeat
   * is then typed again and stored twice in the dictionary, which only costs bytes).
   * Every RECHECK_BATCHES-th batch looks again, in case the values start to repeat.
   */
  private unique = false;
  private cells = 0;
  private misses = 0;
  /** The same for the byte lane's memo: skipped while it finds next to nothing. */
  private skipMemo = false;
  private lookups = 0;
  private found = 0;

  constructor(
    private readonly typer: CellTyper,
    private readonly bytesAsStored: BytesAsStored | undefined,
  ) {}

  reset(rows: number): void {
    this.codes = new Int32Array(rows);
    this.dictionary.reset();
    this.values.length = 0;
    this.codeOf.clear();
    this.lastRaw = undefined;
    this.batch++;
    const recheck = this.batch % RECHECK_BATCHES === 0;
    this.unique = !recheck && this.cells >= UNIQUE_MIN_CELLS && this.misses > UNIQUE_SHARE * this.cells;
    // (Skipped, it counts nothing: it stays skipped until the recheck.)
    this.skipMemo = !recheck && (this.skipMemo || (this.lookups >= UNIQUE_MIN_CELLS && this.lookups - this.found > UNIQUE_SHARE * this.lookups));
    this.cells = 0;
    this.misses = 0;
    this.lookups = 0;
    this.found = 0;
  }

  put(i: number, raw: string): PutResult {
    this.cells++;
    let code = raw === this.lastRaw ? this.lastCode : this.unique ? undefined : this.codeOf.get(raw);
    if (code === undefined) {
      this.misses++;
      const typed = this.typer(raw);
      if (!typed.ok) {
        this.problem = typed;
        return PROBLEM;
      }
      code = typed.value === null ? -1 : this.add(String(typed.value));
      if (!this.unique) this.codeOf.set(raw, code);
    }
    this.lastRaw = raw;
    this.lastCode = code;
    this.codes[i] = code;
    return code < 0 ? EMPTY : FILLED;
  }

  putBytes(i: number, bytes: Buffer, start: number, end: number, text: CellText = utf8Text): PutResult {
    if (start === end) return this.put(i, '');
    if (this.skipMemo) return this.putAsStored(i, bytes, start, end, text);
    this.lookups++;
    // By the bytes as they are: a file's text is one encoding, GB18030 only after nothing but ASCII.
    const entry = this.byBytes.find(bytes, start, end);
    if (entry < 0) {
      // Nothing more goes into a full memo (a column of ids, each repeated on a few rows in a row).
      if (this.byBytes.full) return this.putAsStored(i, bytes, start, end, text);
      const raw = text(bytes, start, end);
      const result = this.put(i, raw);
      if (result !== PROBLEM) this.byBytes.add(bytes, start, end, this.lastCode < 0 ? null : this.values[this.lastCode], this.lastCode, this.batch);
      return result;
    }
    this.found++;
    // Codes are per batch: an entry seen in an earlier batch joins this one's dictionary.
    if (this.byBytes.batch[entry] !== this.batch) {
      const value = this.byBytes.values[entry];
      this.byBytes.codes[entry] = value === null ? -1 : this.add(value);
      this.byBytes.batch[entry] = this.batch;
    }
    const code = this.byBytes.codes[entry];
    this.codes[i] = code;
    return code < 0 ? EMPTY : FILLED;
  }

  /** A cell the memo does not know: its bytes go as they are where they can (ids, ISO timestamps), else the string way. */
  private putAsStored(i: number, bytes: Buffer, start: number, end: number, text: CellText): PutResult {
    const code = this.bytesAsStored === undefined ? NOT_AS_STORED : this.bytesAsStored(this.dictionary, bytes, start, end, text === utf8Text);
    if (code === NOT_AS_STORED) return this.put(i, text(bytes, start, end));
    this.cells++;
    this.misses++;
    this.codes[i] = code;
    return FILLED;
  }

  /** Valid until the next reset: packBatch copies it. */
  column(): BatchColumn {
    return { type: 'text', codes: this.codes, dictionary: this.dictionary };
  }

  private add(value: string): number {
    const code = this.dictionary.push(value);
    this.values[code] = value;
    return code;
  }
}

/**
 * Typed values by the raw bytes of their cell (open addressing over a 32-bit FNV hash of
 * them, bytes compared on a hit). Bounded: a column of unique values (ids, timestamps)
 * stops adding entries and simply takes the string way.
 */
class BytesMemo {
  static readonly LIMIT = 1 << 16;
  readonly values: (string | null)[] = [];
  /** Per entry: its code in the batch it was last used in, and that batch. */
  readonly codes: number[] = [];
  readonly batch: number[] = [];
  private hashes = new Int32Array(1 << 10);
  private readonly offsets: number[] = [0];
  private arena = Buffer.allocUnsafe(1 << 16);
  private slots = new Int32Array(1 << 10); // entry + 1; 0 is empty

  /** The entry found last: sorted exports repeat a date row after row, so try it first. */
  private last = -1;
  /**
   * The last two lookups found the same entry. Columns whose values take turns (channels,
   * campaigns) never do: for them comparing with the last entry first is only wasted work.
   */
  private repeating = false;

  find(bytes: Buffer, start: number, end: number): number {
    if (this.repeating && this.sameBytes(this.last, bytes, start, end)) return this.last;
    const hash = hashBytes(bytes, start, end);
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) {
        this.repeating = false;
        return -1;
      }
      if (this.hashes[e] === hash && this.sameBytes(e, bytes, start, end)) {
        this.repeating = e === this.last;
        return (this.last = e);
      }
    }
  }

  get full(): boolean {
    return this.values.length >= BytesMemo.LIMIT;
  }

  add(bytes: Buffer, start: number, end: number, value: string | null, code: number, batch: number): void {
    const e = this.values.length;
    if (e >= BytesMemo.LIMIT) return;
    const length = end - start;
    const at = this.offsets[e];
    if (at + length > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.arena.length * 2, at + length));
      this.arena.copy(bigger, 0, 0, at);
      this.arena = bigger;
    }
    bytes.copy(this.arena, at, start, end);
    this.offsets.push(at + length);
    this.values.push(value);
    this.codes.push(code);
    this.batch.push(batch);
    if (e === this.hashes.length) {
      const more = new Int32Array(e * 2);
      more.set(this.hashes);
      this.hashes = more;
    }
    this.hashes[e] = hashBytes(bytes, start, end);
    if ((e + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(e);
  }

  private sameBytes(e: number, bytes: Buffer, start: number, end: number): boolean {
    const at = this.offsets[e];
    const length = end - start;
    if (this.offsets[e + 1] - at !== length) return false;
    const arena = this.arena;
    // From the end: values of one column often share their beginnings (双十一大促-第1期, -第2期 …).
    for (let k = length - 1; k >= 0; k--) if (arena[at + k] !== bytes[start + k]) return false;
    return true;
  }

  private place(e: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[e] & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = e + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let e = 0; e < this.values.length; e++) this.place(e);
  }
}

function hashBytes(bytes: Buffer, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k], 0x01000193);
  return h;
}

/** A text column whose values are computed, not typed (the customers' `extra` JSON). */
export class ComputedTextColumn {
  private codes = new Int32Array(0);
  private dictionary: string[] = [];

  reset(rows: number): void {
    this.codes = new Int32Array(rows);
    this.dictionary = [];
  }

  set(i: number, value: string | null): void {
    this.codes[i] = value === null ? -1 : this.dictionary.push(value) - 1;
  }

  column(): BatchColumn {
    return { type: 'text', codes: this.codes, dictionary: this.dictionary };
  }
}
