/**
 * The byte lane of the text reader: the whole lines of a quote-free chunk go to the import
 * as UTF-8 bytes (ByteLines, byte-lines.ts) and are typed from those bytes, never as a
 * string per cell. A UTF-8 file's chunks go as read, once checked well formed (a native
 * scan, far cheaper than decoding); a GB18030 (GBK) file's go as read too, typed from
 * their GBK bytes (gbk-cells.ts); UTF-16 text is decoded as before, strictly, and its
 * lines encoded back to UTF-8 in one native call, which costs less than the strings the
 * tokenizer would make of every cell.
 *
 * Whatever the lane does not take goes to the string tokenizer: chunks with a quote,
 * the partial line a chunk ends in when the next chunk takes the string way, and UTF-8
 * that is not well formed (the decoder then says where, and in which row).
 *
 * The partial last line of a chunk waits in the lane either way (as bytes, or as decoded
 * text) and is joined to the next chunk's lines: given to the tokenizer, it would come
 * back as a batch of one row before every chunk's batch — twice the batches to type,
 * pack, post and insert, which is what a GBK file cost more than a UTF-8 one.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { MAX_ROW_CHARS } from '../limits.js';
import type { BatchCollector } from './batch-collector.js';
import { splitLines, utf8Text } from './byte-lines.js';
import type { ChunkDecoder } from './chunk-decoder.js';
import type { DelimitedTokenizer } from './delimited-tokenizer.js';
import { gbkCells } from './gbk-cells.js';
import type { GbkCells } from './gbk-cells.js';

const QUOTE = 0x22;
/** The one delimiter that can be the second byte of a GBK character. */
const PIPE = 0x7c;
const NO_BYTES = Buffer.alloc(0);
const utf8 = new TextEncoder();

export class ByteLane {
  /** The partial last line of the previous chunk, still as UTF-8 bytes. */
  private tail: Buffer = NO_BYTES;
  /** The partial last line of the previous decoded chunk (`takeText`). */
  private textTail = '';
  /** Set once GB18030 lines go to the lane as they are (`takeGbk`). */
  private gbk: GbkCells | undefined;
  private readonly newlineByte: number;
  private readonly delimiterByte: number;

  constructor(
    private readonly tokenizer: DelimitedTokenizer,
    private readonly collector: BatchCollector,
    private readonly decoder: ChunkDecoder,
    private readonly newline: string,
    delimiter: string,
    private readonly fileName: string,
  ) {
    this.newlineByte = newline.charCodeAt(0);
    this.delimiterByte = delimiter.charCodeAt(0);
  }

  /**
   * A chunk as read from a UTF-8 file. Its whole lines go to the lane, or as strings to the
   * tokenizer when they hold a quote (or continue a quoted record); its partial last line
   * waits as bytes, so the decoder is never left holding half a character. False when the
   * chunk must be decoded and given to `takeText` (another encoding; or the first line
   * ends past this chunk while the decoder holds part of it).
   */
  takeBytes(bytes: Buffer): boolean {
    const { decoder, tokenizer } = this;
    if (!decoder.readsUtf8) {
      if (decoder.encoding === 'GB18030' && this.delimiterByte !== PIPE) return this.takeGbk(bytes);
      this.flushBytes();
      return false;
    }
    // The chunk before was decoded (the header's): its partial line is the same UTF-8 again.
    if (this.textTail.length > 0) {
      this.tail = Buffer.from(this.textTail, 'utf8');
      this.textTail = '';
    }
    let chunk = bytes;
    if (decoder.hasPending) {
      // The chunk before was decoded whole (the header's): its last line ends in this one.
      const first = bytes.indexOf(this.newlineByte) + 1;
      if (first === 0) return false;
      tokenizer.push(decoder.decode(bytes.subarray(0, first), false));
      chunk = bytes.subarray(first);
    }
    // A copy either way: the read buffer is reused for the next chunk.
    const data = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : Buffer.from(chunk);
    const end = data.lastIndexOf(this.newlineByte) + 1;
    const whole = data.subarray(0, end);
    this.tail = data.subarray(end);
    if (!isAscii(whole)) {
      // Not UTF-8: the decoder says where (and in which row), or finds a late GBK file.
      if (!isUtf8(whole)) return this.toTokenizer(decoder.decode(whole, false));
      decoder.sawNonAscii();
    }
    if (whole.includes(QUOTE)) return this.toTokenizer(utf8Text(whole, 0, end));
    let from = 0;
    if (tokenizer.hasCarry) {
      // The first line completes the tokenizer's record (a quoted one may run on).
      from = whole.indexOf(this.newlineByte) + 1;
      tokenizer.push(utf8Text(whole, 0, from));
      if (tokenizer.hasCarry) return this.toTokenizer(utf8Text(whole, from, end));
    }
    if (end > from) this.record(whole.subarray(from));
    // Past the limit in bytes: the tokenizer counts its characters (and refuses the row if need be).
    if (this.tail.length > MAX_ROW_CHARS) this.flush();
    return true;
  }

  /**
   * A chunk of a GB18030 file: its whole lines go to the lane as GB18030 bytes, typed from
   * them (gbk-cells.ts); lines with a quote, or continuing a quoted record, are decoded for
   * the tokenizer. The partial last line waits as bytes, the decoder holding nothing.
   */
  private takeGbk(bytes: Buffer): boolean {
    const { decoder, tokenizer } = this;
    let chunk = bytes;
    if (!this.gbk) {
      // The decoder may hold part of a character (of the header's chunk, or where a UTF-8
      // file turned out GBK): what waits, then this chunk up to its first line end, go
      // through it. From that line end on, the lane and the decoder are in step.
      const first = bytes.indexOf(this.newlineByte) + 1;
      if (first === 0) {
        this.flushBytes();
        return false;
      }
      this.flush();
      tokenizer.push(decoder.decode(bytes.subarray(0, first), false));
      chunk = bytes.subarray(first);
      this.gbk = gbkCells(this.fileName);
    }
    // A copy either way: the read buffer is reused for the next chunk.
    const data = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : Buffer.from(chunk);
    const end = data.lastIndexOf(this.newlineByte) + 1;
    const whole = data.subarray(0, end);
    this.tail = data.subarray(end);
    decoder.refuseUtf8LinesIn(whole);
    if (whole.includes(QUOTE)) return this.toTokenizer(decoder.decode(whole, false));
    let from = 0;
    if (tokenizer.hasCarry) {
      from = whole.indexOf(this.newlineByte) + 1;
      tokenizer.push(decoder.decode(whole.subarray(0, from), false));
      if (tokenizer.hasCarry) return this.toTokenizer(decoder.decode(whole.subarray(from), false));
    }
    if (end > from) this.record(whole.subarray(from), this.gbk);
    if (this.tail.length > MAX_ROW_CHARS) this.flush();
    return true;
  }

  private toTokenizer(text: string): true {
    this.tokenizer.push(text);
    if (this.tail.length > MAX_ROW_CHARS) this.flush();
    return true;
  }

  /**
   * Decoded text: its whole lines (after the partial line the text before ended in) go to
   * the lane, unless it holds a quote; its partial last line waits for the next text.
   */
  takeText(text: string): void {
    const { tokenizer, newline } = this;
    if (text.includes('"')) {
      this.flushText();
      return tokenizer.push(text);
    }
    let from = 0;
    if (tokenizer.hasCarry) {
      // Only after a quoted chunk, which took the waiting line with it: textTail is empty.
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
      const head = this.textTail;
      this.textTail = '';
      const bytes = Buffer.allocUnsafeSlow(3 * (head.length + lines.length));
      const headBytes = head.length > 0 ? utf8.encodeInto(head, bytes).written : 0;
      this.record(bytes.subarray(0, headBytes + utf8.encodeInto(lines, bytes.subarray(headBytes)).written));
    }
    if (end < text.length) this.textTail += end > from ? text.slice(end) : text.slice(from);
    // Past the limit: the tokenizer counts its characters (and refuses the row if need be).
    if (this.textTail.length > MAX_ROW_CHARS) this.flushText();
  }

  /** Gives the waiting partial line to the tokenizer (before a chunk takes the string way, and at the end). */
  flush(): void {
    this.flushBytes();
    this.flushText();
  }

  private flushBytes(): void {
    if (this.tail.length === 0) return;
    const tail = this.tail;
    this.tail = NO_BYTES;
    this.tokenizer.push(this.decoder.decode(tail, false));
  }

  private flushText(): void {
    if (this.textTail.length === 0) return;
    const tail = this.textTail;
    this.textTail = '';
    this.tokenizer.push(tail);
  }

  private record(bytes: Buffer, gbk?: GbkCells): void {
    const { lines, rowsSeen } = splitLines(bytes, this.newlineByte, this.delimiterByte, this.tokenizer.nextRow, gbk);
    this.tokenizer.skipRows(rowsSeen);
    this.collector.recordLines(lines);
  }
}
