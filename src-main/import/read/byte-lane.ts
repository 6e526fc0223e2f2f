/**
 * The byte lane of the text reader: the whole lines of a quote-free chunk go to the import
 * as UTF-8 bytes (ByteLines, byte-lines.ts) and are typed from those bytes, never as a
 * string per cell. A UTF-8 file's chunks go as read, once checked well formed (a native
 * scan, far cheaper than decoding); text in any other encoding (GBK above all) is decoded
 * as before, strictly, and its lines encoded back to UTF-8 in one native call, which
 * costs less than the strings the tokenizer would make of every cell.
 *
 * Whatever the lane does not take goes to the string tokenizer: chunks with a quote,
 * the partial line a chunk ends in when the next chunk takes the string way, and UTF-8
 * that is not well formed (the decoder then says where, and in which row).
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { MAX_ROW_CHARS } from '../limits.js';
import type { BatchCollector } from './batch-collector.js';
import { splitLines } from './byte-lines.js';
import type { ChunkDecoder } from './chunk-decoder.js';
import type { DelimitedTokenizer } from './delimited-tokenizer.js';

const QUOTE = 0x22;
const NO_BYTES = Buffer.alloc(0);
const utf8 = new TextEncoder();

export class ByteLane {
  /** The partial last line of the previous chunk, still as UTF-8 bytes. */
  private tail: Buffer = NO_BYTES;
  private readonly newlineByte: number;
  private readonly delimiterByte: number;

  constructor(
    private readonly tokenizer: DelimitedTokenizer,
    private readonly collector: BatchCollector,
    private readonly decoder: ChunkDecoder,
    private readonly newline: string,
    delimiter: string,
  ) {
    this.newlineByte = newline.charCodeAt(0);
    this.delimiterByte = delimiter.charCodeAt(0);
  }

  /**
   * A chunk as read from a UTF-8 file: true when the lane took it; false when it must be
   * decoded and given to `takeText` (the waiting partial line has gone to the tokenizer then).
   */
  takeBytes(bytes: Buffer): boolean {
    const { decoder, tokenizer } = this;
    if (!decoder.acceptsUtf8Bytes || bytes.includes(QUOTE)) {
      this.flush();
      return false;
    }
    // A copy either way: the read buffer is reused for the next chunk.
    const data = this.tail.length > 0 ? Buffer.concat([this.tail, bytes]) : Buffer.from(bytes);
    const end = data.lastIndexOf(this.newlineByte) + 1;
    const whole = data.subarray(0, end);
    if (!isAscii(whole)) {
      if (!isUtf8(whole)) {
        this.flush();
        return false;
      }
      decoder.sawNonAscii();
    }
    let from = 0;
    if (tokenizer.hasCarry) {
      // The tail is empty here (the previous chunk took the string way): the first line
      // completes the tokenizer's record.
      from = data.indexOf(this.newlineByte) + 1;
      if (from === 0) return false;
      tokenizer.push(data.toString('utf8', 0, from));
      if (tokenizer.hasCarry) {
        tokenizer.push(decoder.decode(data.subarray(from), false)); // a quoted record runs on: strings it is
        return true;
      }
    }
    this.tail = NO_BYTES;
    this.record(data.subarray(from, end));
    this.tail = data.subarray(end);
    // Past the limit in bytes: the tokenizer counts its characters (and refuses the row if need be).
    if (this.tail.length > MAX_ROW_CHARS) this.flush();
    return true;
  }

  /** Decoded text: its whole lines go to the lane, unless it holds a quote; the rest to the tokenizer. */
  takeText(text: string): void {
    const { tokenizer, newline } = this;
    if (text.includes('"')) return tokenizer.push(text);
    let from = 0;
    if (tokenizer.hasCarry) {
      from = text.indexOf(newline) + 1;
      if (from === 0) return tokenizer.push(text);
      tokenizer.push(text.slice(0, from));
      if (tokenizer.hasCarry) return tokenizer.push(text.slice(from));
    }
    const end = text.lastIndexOf(newline) + 1;
    if (end > from) {
      // Three bytes of UTF-8 at most per UTF-16 unit: encodeInto never runs out of room, and
      // skips the measuring pass of Buffer.from (which took three times as long).
      const lines = from === 0 && end === text.length ? text : text.slice(from, end);
      const bytes = Buffer.allocUnsafeSlow(3 * lines.length);
      this.record(bytes.subarray(0, utf8.encodeInto(lines, bytes).written));
    }
    if (end < text.length) tokenizer.push(text.slice(end));
  }

  /** Gives the waiting partial line to the tokenizer (before a chunk takes the string way, and at the end). */
  flush(): void {
    if (this.tail.length === 0) return;
    const tail = this.tail;
    this.tail = NO_BYTES;
    this.tokenizer.push(this.decoder.decode(tail, false));
  }

  private record(bytes: Buffer): void {
    const { lines, rowsSeen } = splitLines(bytes, this.newlineByte, this.delimiterByte, this.tokenizer.nextRow);
    this.tokenizer.skipRows(rowsSeen);
    this.collector.recordLines(lines);
  }
}
