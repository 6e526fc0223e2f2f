/**
 * Streaming decoder for text tables. Decodes strictly (`fatal`): a byte sequence that is
 * invalid in the detected encoding is an error the user must see, not a silent U+FFFD.
 *
 * UTF-8 does its own chunk-boundary bookkeeping instead of `{ stream: true }`: Node's
 * streaming UTF-8 path returns two-byte strings even for ASCII, which made tokenizing
 * ~25 % slower and doubled the memory of every cell; a one-shot decode of whole
 * characters returns compact one-byte strings.
 *
 * One case is decided late on purpose: a file whose first 64 KB are pure ASCII was
 * detected as UTF-8, but Chinese Excel exports often keep English headers and ASCII
 * values for thousands of rows before the first GBK product name. While everything so far
 * was ASCII (identical in both encodings) a decoding failure switches to GB18030 instead.
 */
import { AppError } from '@shared/errors.js';
import { DECODER_LABEL } from './detect-encoding.js';
import type { TextEncoding } from './types.js';
import { firstInvalidUtf8, looksLikeUtf8Cjk, utf8LineVotes } from './utf8Scan.js';

/**
 * The text could not be decoded from some point on: `prefix` is the text before it, so the
 * reader can tell the row; `kind` says why — a row in another encoding than the rest of
 * the file, or a character cut by the end of the file.
 */
export class DecodeFailure extends Error {
  constructor(
    readonly prefix: string,
    readonly kind: 'mixed' | 'truncated',
  ) {
    super(kind === 'mixed' ? 'a row in another encoding' : 'the file ends inside a character');
    this.name = 'DecodeFailure';
  }
}

const NO_BYTES = new Uint8Array(0);

/** Length of the prefix of `bytes` that ends on a whole UTF-8 character (RFC 3629 §3). */
export function wholeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = bytes[i];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const size = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + size > n ? i : n;
  }
  return n;
}

export class ChunkDecoder {
  private current: TextEncoding;
  /** Set for UTF-8 until a GB18030 switch; otherwise `streaming` decodes. */
  private utf8: TextDecoder | null;
  private streaming: TextDecoder | null = null;
  private pending: Uint8Array = NO_BYTES;
  private skipBom: boolean;
  /** Still only ASCII seen in a file detected as plain UTF-8. */
  private asciiSoFar: boolean;
  /** The next bytes start a line (the start of the file). */
  private atLineStart = true;

  constructor(
    encoding: TextEncoding,
    headIsAscii: boolean,
    private readonly fileName: string,
  ) {
    this.current = encoding;
    const isUtf8 = encoding === 'UTF-8' || encoding === 'UTF-8 BOM';
    this.utf8 = isUtf8 ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) : null;
    if (!isUtf8) this.streaming = new TextDecoder(DECODER_LABEL[encoding], { fatal: true });
    this.skipBom = encoding === 'UTF-8 BOM';
    this.asciiSoFar = encoding === 'UTF-8' && headIsAscii;
  }

  get encoding(): TextEncoding {
    return this.current;
  }

  /**
   * True while the file is read as UTF-8 and its BOM is behind: the byte lane
   * (byte-lane.ts) may then take whole lines without this decoder.
   */
  get readsUtf8(): boolean {
    return this.utf8 !== null && !this.skipBom;
  }

  /** Part of a UTF-8 character is waiting for the next chunk. */
  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /**
   * The byte lane took well-formed UTF-8 that is not ASCII: the file is UTF-8 then, and a
   * GBK row later on is a row in another encoding, not a late-detected GBK file.
   */
  sawNonAscii(): void {
    this.asciiSoFar = false;
  }

  /** Decodes the next chunk (copied as needed: the caller may reuse its buffer). */
  decode(bytes: Uint8Array, final: boolean): string {
    if (!this.utf8) return this.decodeStreaming(bytes, final);
    let data = bytes;
    if (this.pending.length > 0) {
      data = new Uint8Array(this.pending.length + bytes.length);
      data.set(this.pending);
      data.set(bytes, this.pending.length);
    }
    if (this.skipBom && data.length >= 3) {
      data = data.subarray(3);
      this.skipBom = false;
    }
    const whole = final ? data.length : wholeUtf8Length(data);
    try {
      const text = this.utf8.decode(data.subarray(0, whole));
      // A copy: `data` may be the caller's buffer, and Buffer#slice would share its memory.
      this.pending = whole < data.length ? Uint8Array.prototype.slice.call(data, whole) : NO_BYTES;
      // UTF-8 yields as many UTF-16 units as bytes only when every byte was ASCII.
      if (this.asciiSoFar && text.length !== whole) this.asciiSoFar = false;
      return text;
    } catch {
      const bad = firstInvalidUtf8(data, 0, final ? data.length : whole);
      if (bad) {
        const prefix = (): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(data.subarray(0, bad.at));
        if (bad.cut && final) throw new DecodeFailure(prefix(), 'truncated');
        // Only ASCII so far, then GBK: a Chinese export (see above). Then UTF-8 lines: pasted rows.
        const votes = utf8LineVotes(data);
        if (!this.asciiSoFar || votes.utf8 > votes.other) throw new DecodeFailure(prefix(), 'mixed');
      } else if (!this.asciiSoFar) throw new AppError('error.undecodable', { file: this.fileName });
      this.asciiSoFar = false;
      this.atLineStart = false;
      this.utf8 = null;
      this.pending = NO_BYTES;
      this.current = 'GB18030';
      this.streaming = new TextDecoder(DECODER_LABEL.GB18030, { fatal: true });
      return this.decodeStreaming(data, final);
    }
  }

  private decodeStreaming(bytes: Uint8Array, final: boolean): string {
    if (this.current === 'GB18030') this.refuseUtf8Lines(bytes);
    try {
      return (this.streaming as TextDecoder).decode(bytes, { stream: !final });
    } catch {
      throw new AppError('error.undecodable', { file: this.fileName });
    }
  }

  /**
   * UTF-8 text decodes as GB18030 without an error, into gibberish (抖音 → 鎶栭煶): a line
   * that is plainly UTF-8 Chinese in a GB18030 file is refused, not stored garbled. Lines
   * cut by the chunk's ends are left out (rows are short: others will tell).
   */
  private refuseUtf8Lines(bytes: Uint8Array): void {
    const fromStart = this.atLineStart;
    this.atLineStart = false;
    const start = fromStart ? 0 : bytes.indexOf(0x0a) + 1;
    if (start === 0 && !fromStart) return; // no line starts in this chunk
    this.refuseUtf8LinesFrom(bytes, start);
  }

  /**
   * The same check on whole lines of GB18030 that the byte lane types without decoding
   * them (byte-lane.ts): they start where this decoder stopped, after a line's end.
   */
  refuseUtf8LinesIn(lines: Uint8Array): void {
    this.refuseUtf8LinesFrom(lines, 0);
  }

  private refuseUtf8LinesFrom(bytes: Uint8Array, from: number): void {
    let start = from;
    while (start < bytes.length) {
      const end = bytes.indexOf(0x0a, start);
      if (end < 0) return;
      if (looksLikeUtf8Cjk(bytes, start, end)) {
        const prefix = (this.streaming as TextDecoder).decode(bytes.subarray(0, start), { stream: true });
        throw new DecodeFailure(prefix, 'mixed');
      }
      start = end + 1;
    }
  }
}
