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
  const entries = new Array<string>(count);
  if (isAscii(text)) {
    // One decode, then slices: a million ids cost one string, not a million decodes.
    const all = text.toString('latin1');
    for (let i = 0; i < count; i++) entries[i] = all.slice(offsets[i], offsets[i + 1]);
  } else {
    for (let i = 0; i < count; i++) entries[i] = text.toString('utf8', offsets[i], offsets[i + 1]);
  }
  return { entries, codes };
}
