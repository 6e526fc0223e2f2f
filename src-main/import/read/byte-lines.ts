/**
 * Lines of the byte lane (byte-lane.ts): whole lines of well-formed UTF-8 text holding no
 * quote, split right here as byte ranges and typed from the bytes by the import
 * (batch-typer.ts) — no string per cell, which is most of what reading a large CSV costs.
 * Their cells come out exactly as the string tokenizer makes them: the same trimming,
 * the same blank lines skipped. GB18030 lines stay GB18030 bytes (gbk-cells.ts).
 */
import { trimmed } from './trim-cell.js';
import type { ByteLines } from './types.js';
import type { GbkCells } from './gbk-cells.js';
import { codePointAt, isTrimmedSpace, sequenceLength } from './utf8-chars.js';

/** What String.prototype.trim removes among ASCII bytes (and what blank rows are made of). */
export function isAsciiSpace(byte: number): boolean {
  return byte === 32 || (byte >= 9 && byte <= 13);
}

/**
 * Splits `bytes` (whole lines, each ending with `newline`) into its non-blank lines,
 * numbering them from `firstRow`; blank lines (only spaces and delimiters) are counted
 * but not kept, as the tokenizer does.
 */
export function splitLines(bytes: Buffer, newline: number, delimiter: number, firstRow: number, gbk?: GbkCells): { lines: ByteLines; rowsSeen: number } {
  let capacity = 1024;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let rows = new Int32Array(capacity);
  let count = 0;
  let row = firstRow;
  let at = 0;
  while (at < bytes.length) {
    let end = bytes.indexOf(newline, at);
    if (end === -1) end = bytes.length;
    if (!(gbk ? isBlankGbk(bytes, at, end, delimiter, gbk) : isBlank(bytes, at, end, delimiter))) {
      if (count === capacity) {
        capacity *= 2;
        starts = grow(starts, capacity);
        ends = grow(ends, capacity);
        rows = grow(rows, capacity);
      }
      starts[count] = at;
      ends[count] = end;
      rows[count++] = row;
    }
    row++;
    at = end + 1;
  }
  return { lines: { bytes, starts, ends, rows, count, delimiter, ...(gbk ? { gbk } : {}) }, rowsSeen: row - firstRow };
}

/** Only delimiters and what trim removes (the ideographic space U+3000 among it). */
function isBlank(bytes: Buffer, start: number, end: number, delimiter: number): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === delimiter || isAsciiSpace(b)) continue;
    if (b < 0x80 || !isTrimmedSpace(codePointAt(bytes, i))) return false;
    i += sequenceLength(b) - 1;
  }
  return true;
}

/** isBlank for GB18030 bytes: at the first character beyond ASCII that is not plain (a space, say), the decoded line decides. */
function isBlankGbk(bytes: Buffer, start: number, end: number, delimiter: number, gbk: GbkCells): boolean {
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    if (b === delimiter || isAsciiSpace(b)) continue;
    if (b < 0x80) return false;
    if (i + 1 < end && gbk.units[(b << 8) | bytes[i + 1]] !== 0) return false; // a character, and not a space
    for (const ch of gbk.text(bytes, start, end)) if (ch.charCodeAt(0) !== delimiter && !isTrimmedSpace(ch.codePointAt(0)!)) return false;
    return true;
  }
  return true;
}

function grow(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(capacity);
  bigger.set(array);
  return bigger;
}

/** Buffer's own decoders (what toString calls after handling its arguments). */
type WithSlices = Buffer & { utf8Slice(start: number, end: number): string; latin1Slice(start: number, end: number): string };
const HAS_UTF8_SLICE = typeof (Buffer.prototype as Partial<WithSlices>).utf8Slice === 'function';
const HAS_LATIN1_SLICE = typeof (Buffer.prototype as Partial<WithSlices>).latin1Slice === 'function';

/**
 * The text of UTF-8 bytes[start, end): Buffer's decoder called directly, without
 * toString's handling of its arguments, which cost as much again on cells of a few bytes.
 */
export function utf8Text(bytes: Buffer, start: number, end: number): string {
  return HAS_UTF8_SLICE ? (bytes as WithSlices).utf8Slice(start, end) : bytes.toString('utf8', start, end);
}

/** The same for latin1 (one byte, one character: the cheapest string of ASCII bytes). */
export function latin1Text(bytes: Buffer, start: number, end: number): string {
  return HAS_LATIN1_SLICE ? (bytes as WithSlices).latin1Slice(start, end) : bytes.toString('latin1', start, end);
}

/** The trimmed cells of bytes[start, end), exactly as the string tokenizer makes them. */
export function decodeLine(bytes: Buffer, start: number, end: number, delimiter: number, gbk?: GbkCells): string[] {
  const cells: string[] = [];
  let at = start;
  for (;;) {
    let cellEnd = bytes.indexOf(delimiter, at);
    if (cellEnd === -1 || cellEnd > end) cellEnd = end;
    cells.push(cellEnd > at ? trimmed(gbk ? gbk.text(bytes, at, cellEnd) : utf8Text(bytes, at, cellEnd)) : '');
    if (cellEnd === end) return cells;
    at = cellEnd + 1;
  }
}

/** The first `max` lines as string rows (samples for planning and typing decisions). */
export function linesAsRows(lines: ByteLines, max = Infinity): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < Math.min(lines.count, max); i++) rows.push(decodeLine(lines.bytes, lines.starts[i], lines.ends[i], lines.delimiter, lines.gbk));
  return rows;
}
