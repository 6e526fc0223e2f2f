/**
 * A growing buffer of well-formed UTF-8, written from the text of a workbook's XML: what
 * the xlsx reader builds its shared-string table and its rows in, so that a cell's text
 * goes from the sheet's bytes to the import's typer (batch-typer.ts) without becoming a
 * string. Whatever it holds is exactly the UTF-8 of the string the XML text decodes to
 * (xmlText: UTF-8 with entities decoded, bytes that are not UTF-8 replaced by U+FFFD),
 * so a cell typed from these bytes types as its string would.
 */
import { latin1Text, utf8Text } from './byte-lines.js';
import { xmlText } from './xml-bytes.js';
import { codePointAt, isTrimmedSpace, sequenceLength, SPACE_BYTES, trimEndOf } from './utf8-chars.js';

const AMP = 0x26;
const utf8 = new TextEncoder();

export class Utf8Builder {
  bytes: Buffer;
  /** Where the next byte goes. */
  at = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafe(capacity);
  }

  /** Room for `more` bytes from `at`. */
  protected room(more: number): Buffer {
    const need = this.at + more;
    if (need > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, need));
      this.bytes.copy(bigger, 0, 0, this.at);
      this.bytes = bigger;
    }
    return this.bytes;
  }

  /**
   * The text of XML bytes buf[start, end) (a CDATA section's when `cdata`: no entities).
   * Plain well-formed UTF-8 is copied as it is; entities and bytes that are not UTF-8 take
   * the string way, which decodes them as xmlText does.
   */
  appendXmlText(buf: Buffer, start: number, end: number, cdata: boolean): void {
    const out = this.room(end - start);
    let k = this.at;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b < 0x80) {
        if (b === AMP && !cdata) return this.appendString(xmlText(buf, start, end));
        out[k++] = b;
        continue;
      }
      const n = utf8SequenceAt(buf, i, end);
      if (n === 0) return this.appendString(cdata ? utf8Text(buf, start, end) : xmlText(buf, start, end));
      for (let j = 0; j < n; j++) out[k++] = buf[i + j];
      i += n - 1;
    }
    this.at = k;
  }

  /** Bytes that already are well-formed UTF-8. */
  appendRaw(source: Buffer, start: number, end: number): void {
    const length = end - start;
    const out = this.room(length);
    const at = this.at;
    if (length < 48) for (let k = 0; k < length; k++) out[at + k] = source[start + k];
    else source.copy(out, at, start, end);
    this.at = at + length;
  }

  /** Bytes read as latin1 (one byte, one character), as UTF-8: ASCII as it is. */
  appendLatin1(buf: Buffer, start: number, end: number): void {
    const out = this.room(2 * (end - start));
    let k = this.at;
    for (let i = start; i < end; i++) {
      const b = buf[i];
      if (b < 0x80) out[k++] = b;
      else {
        out[k++] = 0xc0 | (b >> 6);
        out[k++] = 0x80 | (b & 0x3f);
      }
    }
    this.at = k;
  }

  /** A string as UTF-8 (a lone surrogate, which no text here holds, would become U+FFFD). */
  appendString(text: string): void {
    const out = this.room(3 * text.length); // 3 bytes per UTF-16 unit always suffice
    let k = this.at;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch >= 0x80) {
        this.at = k + utf8.encodeInto(text.slice(i), out.subarray(k)).written;
        return;
      }
      out[k++] = ch;
    }
    this.at = k;
  }

  /** bytes[from, at) as a string (it is well-formed UTF-8). */
  textFrom(from: number): string {
    return utf8Text(this.bytes, from, this.at);
  }

  /** bytes[from, at) as the latin1 string of its ASCII (false when it holds more than ASCII). */
  asciiFrom(from: number): string | null {
    for (let i = from; i < this.at; i++) if (this.bytes[i] >= 0x80) return null;
    return latin1Text(this.bytes, from, this.at);
  }

  /** Trims bytes[from, at) as String.prototype.trim trims its text (moving it to `from`). */
  trimFrom(from: number): void {
    const bytes = this.bytes;
    const end = this.at;
    if (end === from || (SPACE_BYTES.first[bytes[from]] === 0 && SPACE_BYTES.last[bytes[end - 1]] === 0)) return;
    let start = from;
    while (start < end && isTrimmedSpace(codePointAt(bytes, start))) start += sequenceLength(bytes[start]);
    const stop = trimEndOf(bytes, start, end);
    if (start > from) bytes.copyWithin(from, start, stop);
    this.at = from + (stop - start);
  }
}

/**
 * Length of the well-formed UTF-8 sequence at buf[i] (a byte ≥ 0x80) within `end`, or 0
 * when there is none (The Unicode Standard, Table 3-7: no overlong forms, no surrogates,
 * nothing past U+10FFFF).
 */
export function utf8SequenceAt(buf: Buffer, i: number, end: number): number {
  const b = buf[i];
  if (b < 0xc2) return 0;
  if (b < 0xe0) return i + 1 < end && (buf[i + 1] & 0xc0) === 0x80 ? 2 : 0;
  if (b < 0xf0) {
    if (i + 2 >= end) return 0;
    const c = buf[i + 1];
    if (b === 0xe0 ? c < 0xa0 || c > 0xbf : b === 0xed ? c < 0x80 || c > 0x9f : (c & 0xc0) !== 0x80) return 0;
    return (buf[i + 2] & 0xc0) === 0x80 ? 3 : 0;
  }
  if (b > 0xf4 || i + 3 >= end) return 0;
  const c = buf[i + 1];
  if (b === 0xf0 ? c < 0x90 || c > 0xbf : b === 0xf4 ? c < 0x80 || c > 0x8f : (c & 0xc0) !== 0x80) return 0;
  return (buf[i + 2] & 0xc0) === 0x80 && (buf[i + 3] & 0xc0) === 0x80 ? 4 : 0;
}
