/**
 * A worksheet cell's parts read from the XML's bytes, with no string per cell: its type
 * (`t`), its reference's column, digits as a value, whether a number is already written as
 * Excel would show it. The sheet scanner (xlsx-sheet-scanner.ts) types every cell with them.
 */
import { latin1Text } from './byte-lines.js';

/** Cell types (`t`, §18.18.11 ST_CellType). */
export const CellType = { Number: 0, Shared: 1, String: 2, Inline: 3, Boolean: 4, Error: 5, Date: 6 } as const;
export type CellType = (typeof CellType)[keyof typeof CellType];

/**
 * The value of ASCII digits buf[start, end), or −1 (more than 9 digits, or other bytes).
 * With `spaces`, spaces around are allowed; without, a leading zero is not either (then
 * the digits are the shortest text of their value, what String would print).
 */
export function digitsValue(buf: Buffer, start: number, end: number, spaces = true): number {
  if (spaces) {
    while (start < end && buf[start] === 0x20) start++;
    while (end > start && buf[end - 1] === 0x20) end--;
  } else if (buf[start] === 0x30 && end - start > 1) return -1;
  if (start === end || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The column of a cell reference such as `AB12` (1-based), or 0 when it is not one. */
export function columnOfReference(buf: Buffer, start: number, end: number): number {
  while (start < end && buf[start] === 0x20) start++;
  while (end > start && buf[end - 1] === 0x20) end--;
  let column = 0;
  let i = start;
  for (; i < end && i - start < 4; i++) {
    const b = buf[i] | 0x20; // lower case
    if (b < 0x61 || b > 0x7a) break;
    column = column * 26 + (b - 0x60);
  }
  const letters = i - start;
  if (letters === 0 || letters > 3) return 0;
  for (; i < end; i++) if (buf[i] < 0x30 || buf[i] > 0x39) return 0;
  return column;
}

/** The type a `t` value buf[start, end) names, compared as bytes (no string per cell). */
export function cellType(buf: Buffer, start: number, end: number): CellType {
  const n = end - start;
  const a = buf[start];
  if (n === 1) return a === 0x73 ? CellType.Shared : a === 0x62 ? CellType.Boolean : a === 0x65 ? CellType.Error : a === 0x64 ? CellType.Date : CellType.Number;
  if (n === 3 && a === 0x73 && buf[start + 1] === 0x74 && buf[start + 2] === 0x72) return CellType.String;
  if (n === 9 && latin1Text(buf, start, end) === 'inlineStr') return CellType.Inline;
  return CellType.Number;
}

/**
 * True when the number written in bytes[start, end) prints back as written at 15 digits:
 * a plain decimal (no exponent, no leading or trailing zero, no sign on zero) of at most
 * 15 significant digits. Then the text is its own plainNumber, and stays as it is.
 */
export function isShortestDecimal(bytes: Buffer, start: number, end: number): boolean {
  const n = end - start;
  const sign = bytes[start] === 0x2d ? 1 : 0;
  if (sign >= n || n - sign > 16 || bytes[start + sign] === 0x30) return n === 1 && bytes[start] === 0x30; // 0.5, -0 and 007 take the slow way
  let dot = -1;
  for (let i = start + sign; i < end; i++) {
    const c = bytes[i];
    if (c === 0x2e) {
      if (dot >= 0) return false;
      dot = i;
    } else if (c < 0x30 || c > 0x39) return false;
  }
  if (dot < 0) return n - sign <= 15;
  return dot < end - 1 && bytes[end - 1] !== 0x30;
}

/** The shared-string index written in raw (digits, spaces around allowed), or −1. */
export function indexValue(raw: string): number {
  let n = 0;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++digits > 9) return -1;
      n = n * 10 + (c - 0x30);
    } else if (c !== 0x20 || (digits > 0 && i + 1 < raw.length && raw.charCodeAt(i + 1) !== 0x20)) return -1;
  }
  return digits > 0 ? n : -1;
}

/** A `t="d"` cell holds ISO 8601 text: shown as the import shows dates (midnight dropped, no zone). */
export function isoText(raw: string): string {
  const m = /^\s*(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d:\d\d)(?:\.\d+)?Z?)?\s*$/.exec(raw);
  if (!m) return raw;
  return m[2] === undefined || m[2] === '00:00:00' ? m[1] : `${m[1]}T${m[2]}`;
}
