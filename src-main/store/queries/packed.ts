/**
 * Reading the blobs of column_pack.c (layout there): a whole column of a table in one
 * value. Without the native extension (no C compiler at install, or ROI_STUDIO_NATIVE=off)
 * callers read row by row instead; both give the same columns.
 */
import { isAscii } from 'node:buffer';
import type { Database } from 'better-sqlite3';
import { loadBatchRows } from '../batch/native.js';

/** Whether `db` can pack columns (the native extension is loaded into it). */
export function canPackColumns(db: Database): boolean {
  return loadBatchRows(db);
}

/** A copy when the blob does not sit on an 8-byte boundary (typed arrays need aligned views). */
function aligned(blob: Buffer): Buffer {
  return blob.byteOffset % 8 === 0 ? blob : Buffer.from(blob);
}

/** Views on the blob, not copies: a 10M-row column is not held twice. */
export function unpackReals(blob: Buffer): Float64Array {
  const b = aligned(blob);
  return new Float64Array(b.buffer, b.byteOffset, b.byteLength / 8);
}

export interface PackedTexts {
  entries: string[];
  /** −1: NULL. */
  codes: Int32Array;
}

function layout(blob: Buffer) {
  const b = aligned(blob);
  const [rows, count, bytes] = new Uint32Array(b.buffer, b.byteOffset, 4);
  const codes = new Int32Array(b.buffer, b.byteOffset + 16, rows);
  const offsets = new Int32Array(b.buffer, b.byteOffset + 16 + rows * 4, count + 1);
  const textStart = 16 + rows * 4 + (count + 1) * 4;
  return { codes, count, offsets, text: b.subarray(textStart, textStart + bytes) };
}

/**
 * Whether every entry is non-empty and starts and ends with a printable ASCII character
 * (so trimming white space changes none): then its code alone identifies it, and a
 * million order ids need never become strings. Cautious: an entry that begins or ends
 * with any non-ASCII byte counts as not clean.
 */
export function unpackCleanCodes(blob: Buffer): { codes: Int32Array; count: number } | null {
  const { codes, count, offsets, text } = layout(blob);
  for (let i = 0; i < count; i++) {
    const from = offsets[i];
    const to = offsets[i + 1];
    if (to <= from) return null;
    const first = text[from];
    const last = text[to - 1];
    if (first <= 0x20 || first >= 0x7f || last <= 0x20 || last >= 0x7f) return null;
  }
  return { codes, count };
}

/** The codes alone (equal codes ⇔ equal texts, byte for byte) and how many distinct texts there are. */
export function unpackCodes(blob: Buffer): { codes: Int32Array; count: number } {
  const { codes, count } = layout(blob);
  return { codes, count };
}

export function unpackTexts(blob: Buffer): PackedTexts {
  const { codes, count, offsets, text } = layout(blob);
  return { entries: decodeEntries({ count, offsets, bytes: text }), codes };
}

/**
 * A packed column's distinct texts as bytes: entry i is `bytes[offsets[i] .. offsets[i+1])`
 * (UTF-8, each entry once). Two tables' entries can be matched in these bytes, without a
 * string per entry or a map of them (findEntries).
 */
export interface PackedEntries {
  count: number;
  offsets: Int32Array;
  bytes: Uint8Array;
}

/** The codes and the entries' bytes, views on the blob (copyEntries makes them movable to another thread). */
export function unpackEntries(blob: Buffer): { entries: PackedEntries; codes: Int32Array } {
  const { codes, count, offsets, text } = layout(blob);
  return { entries: { count, offsets, bytes: text }, codes };
}

/** The entries in buffers of their own (a view would move the whole blob, or none of it, to another thread). */
export function copyEntries(entries: PackedEntries): PackedEntries {
  return { count: entries.count, offsets: entries.offsets.slice(), bytes: entries.bytes.slice() };
}

/** The texts of entries `which` (all by default), in that order. */
export function decodeEntries({ count, offsets, bytes }: PackedEntries, which?: Int32Array): string[] {
  const n = which ? which.length : count;
  const texts = new Array<string>(n);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buffer)) {
    // One decode, then slices: a million ids cost one string, not a million decodes.
    const all = buffer.toString('latin1');
    for (let i = 0; i < n; i++) {
      const e = which ? which[i] : i;
      texts[i] = all.slice(offsets[e], offsets[e + 1]);
    }
  } else {
    for (let i = 0; i < n; i++) {
      const e = which ? which[i] : i;
      texts[i] = buffer.toString('utf8', offsets[e], offsets[e + 1]);
    }
  }
  return texts;
}

/** FNV-1a over an entry's bytes (32 bits: the table compares the bytes of every candidate anyway). */
function entryHash(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/**
 * For each entry of `sought`, the entry of `within` with the same bytes (−1: none) — the
 * same answer as looking the texts up in a map of `within`'s texts, for a tenth of the
 * time on a million entries: one open-addressing table of entry numbers, no strings.
 */
export function findEntries(within: PackedEntries, sought: PackedEntries): Int32Array {
  const found = new Int32Array(sought.count).fill(-1);
  if (within.count === 0 || sought.count === 0) return found;
  let size = 1;
  while (size < within.count * 2) size *= 2;
  const mask = size - 1;
  // Slot → entry + 1 (0: empty).
  const slots = new Int32Array(size);
  const hashes = new Uint32Array(within.count);
  const w = within.bytes;
  const wo = within.offsets;
  for (let e = 0; e < within.count; e++) {
    const h = entryHash(w, wo[e], wo[e + 1]);
    hashes[e] = h;
    let at = h & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = e + 1;
  }
  const s = sought.bytes;
  const so = sought.offsets;
  for (let e = 0; e < sought.count; e++) {
    const from = so[e];
    const length = so[e + 1] - from;
    const h = entryHash(s, from, from + length);
    for (let at = h & mask; slots[at] !== 0; at = (at + 1) & mask) {
      const candidate = slots[at] - 1;
      if (hashes[candidate] !== h || wo[candidate + 1] - wo[candidate] !== length) continue;
      const base = wo[candidate];
      let same = true;
      for (let i = 0; i < length && same; i++) same = w[base + i] === s[from + i];
      if (same) {
        found[e] = candidate;
        break;
      }
    }
  }
  return found;
}
