/**
 * A batch column's dictionary built straight in its packed form (UTF-8 bytes and offsets,
 * store/batch/layout.ts): a typed value the encoders make as a string is encoded once, as
 * it is added, and a cell whose bytes already are its stored value (an id, an ISO
 * timestamp) is copied from the line, never made a string at all. The buffers are reused
 * from batch to batch (packBatch copies them), so a batch allocates nothing here.
 */
import type { Utf8Dictionary } from '../store/batch/layout.js';

const utf8 = new TextEncoder();
const T = 0x54;
const COLON = 0x3a;
const ZERO = 0x30;
/** Below this a byte loop beats Buffer#copy's call. */
const SHORT_COPY = 48;
const MIDNIGHT = Uint8Array.from('T00:00:00', (c) => c.charCodeAt(0));
export class Utf8DictionaryBuilder implements Utf8Dictionary {
  words = 0;
  /** offsets[0] is always 0; entry i ends where entry i + 1 starts. */
  offsets = new Int32Array(1024);
  bytes: Uint8Array = Buffer.allocUnsafe(1 << 16);

  /** Empties it for the next batch. */
  reset(): void {
    this.words = 0;
  }

  /** Adds `value` (as TextEncoder writes it); returns its code. */
  push(value: string): number {
    const at = this.offsets[this.words];
    const bytes = this.room(at, 3 * value.length); // 3 bytes per UTF-16 unit always suffice
    let k = 0;
    for (; k < value.length; k++) {
      const ch = value.charCodeAt(k);
      if (ch >= 0x80) break;
      bytes[at + k] = ch;
    }
    return this.close(k === value.length ? at + k : at + utf8.encodeInto(value, bytes.subarray(at)).written);
  }

  /** Adds the UTF-8 bytes source[start, end) as they are; returns their code. */
  pushBytes(source: Buffer, start: number, end: number): number {
    const at = this.offsets[this.words];
    const length = end - start;
    const bytes = this.room(at, length);
    if (length < SHORT_COPY) for (let k = 0; k < length; k++) bytes[at + k] = source[start + k];
    else source.copy(bytes, at, start, end);
    return this.close(at + length);
  }

  /**
   * Adds an ISO date-time checked by isoDateTimeLength (`YYYY-MM-DD`, then maybe ` HH:MM` or
   * `THH:MM`, then maybe `:SS`) in the stored form `YYYY-MM-DDTHH:MM:SS`; returns its code.
   */
  pushIsoDateTime(source: Buffer, start: number, end: number): number {
    const at = this.offsets[this.words];
    const bytes = this.room(at, 19);
    const length = end - start;
    for (let k = 0; k < length; k++) bytes[at + k] = source[start + k];
    if (length === 10) {
      bytes.set(MIDNIGHT, at + 10);
    } else {
      bytes[at + 10] = T;
      if (length === 16) {
        bytes[at + 16] = COLON;
        bytes[at + 17] = ZERO;
        bytes[at + 18] = ZERO;
      }
    }
    return this.close(at + 19);
  }

  /** The bytes, with room for `more` bytes from `at`. */
  private room(at: number, more: number): Uint8Array {
    if (at + more > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, at + more));
      bigger.set(this.bytes.subarray(0, at));
      this.bytes = bigger;
    }
    return this.bytes;
  }

  private close(end: number): number {
    const code = this.words++;
    if (this.words === this.offsets.length) {
      const more = new Int32Array(2 * this.offsets.length);
      more.set(this.offsets);
      this.offsets = more;
    }
    this.offsets[this.words] = end;
    return code;
  }
}
