import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { codePointAt, sequenceLength } from './read/utf8-chars.js';

/** sha256 of a file, streamed: the same file imported twice is recognised by it. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * A 53-bit hash of a row's cells (two 32-bit FNV-1a lanes): duplicates are found by
 * hash in constant memory per row, and confirmed by comparing the stored values, so a
 * hash collision can never drop a row that differs.
 */
export function hashCells(cells: readonly string[]): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ cells.length;
  for (let c = 0; c < cells.length; c++) {
    const s = cells[c];
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      a = Math.imul(a ^ ch, 0x01000193);
      b = Math.imul(b ^ ch, 0x5bd1e995);
    }
    a = Math.imul(a ^ CELL_END, 0x01000193);
    b = Math.imul(b ^ CELL_END, 0x5bd1e995);
  }
  return joinHalves(a, b);
}

/**
 * The two lanes of hashCells carried on over the UTF-16 units of well-formed UTF-8
 * bytes[from, to) (a cell of the byte lane), left in `out`: the same hash as its string.
 * (The byte lane's scan inlines this loop; it calls this when a trimmed cell is hashed again.)
 */
export function hashUtf8Units(bytes: Uint8Array, from: number, to: number, a: number, b: number, out: Int32Array): void {
  for (let k = from; k < to; k++) {
    let ch = bytes[k];
    if (ch >= 0x80) {
      ch = codePointAt(bytes, k);
      k += sequenceLength(bytes[k]) - 1;
      if (ch >= 0x10000) {
        const high = 0xd800 + ((ch - 0x10000) >> 10); // a surrogate pair, as in the string
        a = Math.imul(a ^ high, 0x01000193);
        b = Math.imul(b ^ high, 0x5bd1e995);
        ch = 0xdc00 + ((ch - 0x10000) & 0x3ff);
      }
    }
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x5bd1e995);
  }
  out[0] = a;
  out[1] = b;
}

/**
 * The lanes of hashCells (in `lanes`) carried from bytes[at] to the end of its cell: the
 * next `delimiter` or `stop`, which it returns. The byte lane calls it at a cell's first
 * character beyond ASCII; UTF-8 (well formed) is hashed as the UTF-16 units of the string.
 */
export function hashUtf8Cell(bytes: Uint8Array, at: number, stop: number, delimiter: number, lanes: Int32Array): number {
  let a = lanes[0];
  let b = lanes[1];
  let e = at;
  while (e < stop) {
    let unit = bytes[e];
    if (unit === delimiter) break;
    if (unit >= 0x80) {
      unit = codePointAt(bytes, e);
      e += sequenceLength(bytes[e]);
      if (unit >= 0x10000) {
        const high = 0xd800 + ((unit - 0x10000) >> 10); // a surrogate pair, as in the string
        a = Math.imul(a ^ high, 0x01000193);
        b = Math.imul(b ^ high, 0x5bd1e995);
        unit = 0xdc00 + ((unit - 0x10000) & 0x3ff);
      }
    } else {
      e++;
    }
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  lanes[0] = a;
  lanes[1] = b;
  return e;
}

/**
 * hashUtf8Cell for a cell of GB18030 bytes (gbk-cells.ts): `units` gives each two-byte
 * character's UTF-16 unit. Returns the cell's end, or −1 at a byte that is neither ASCII
 * nor the start of a plain two-byte character (the line then goes the string way).
 */
export function hashGbkCell(bytes: Uint8Array, at: number, stop: number, delimiter: number, lanes: Int32Array, units: Uint16Array): number {
  let a = lanes[0];
  let b = lanes[1];
  let e = at;
  while (e < stop) {
    let unit = bytes[e];
    if (unit === delimiter) break;
    if (unit >= 0x80) {
      unit = e + 1 < stop ? units[(unit << 8) | bytes[e + 1]] : 0;
      if (unit === 0) return -1;
      e += 2;
    } else {
      e++;
    }
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  lanes[0] = a;
  lanes[1] = b;
  return e;
}

/** Mixed in after each cell, so `ab|c` and `a|bc` differ. (The byte lane hashes the same way.) */
export const CELL_END = 0x1f;

/** The two lanes as one 53-bit number: all of `a`, 21 bits of `b`. */
export function joinHalves(a: number, b: number): number {
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
