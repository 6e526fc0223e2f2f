/**
 * The strings of a sheet's text cells by their bytes. A spend or order export written with
 * inline strings (`t="str"`, `t="inlineStr"`) repeats a few channel and campaign names in
 * every row: decoding their UTF-8 (and entities) again for each cell, and collecting the
 * copies, was a quarter of the time spent scanning such a sheet. A small direct-mapped
 * cache answers a repeat with the string made the first time; a cell whose slot holds other
 * bytes is decoded and takes the slot. It only remembers short texts, and rests while the
 * texts hardly ever repeat (ids, notes), where it would only cost a hash per cell.
 */
import { xmlText } from './xml-bytes.js';

const SLOTS = 4096;
/** Longest text remembered, in bytes: names and labels, not notes. */
const MAX_BYTES = 64;
/** Lookups between two checks of the hit rate, and the rate under which it stops. */
const CHECK_EVERY = 4096;
const MIN_HIT_SHARE = 0.25;
/** Texts decoded without looking after a poor check (then it looks again: values may start to repeat). */
const REST = 16 * CHECK_EVERY;

export class XmlTextMemo {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly texts: string[] = new Array<string>(SLOTS).fill('');
  private readonly arena = Buffer.alloc(SLOTS * MAX_BYTES);
  private lookups = 0;
  private hits = 0;
  private resting = 0;

  /** The text of buf[start, end) as xmlText makes it (UTF-8, entities decoded). */
  text(buf: Buffer, start: number, end: number): string {
    const length = end - start;
    if (length > MAX_BYTES) return xmlText(buf, start, end);
    if (this.resting > 0) {
      this.resting--;
      return xmlText(buf, start, end);
    }
    let hash = 0x811c9dc5 ^ length;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ buf[i], 0x01000193);
    const slot = (hash ^ (hash >>> 15)) & (SLOTS - 1);
    if (++this.lookups === CHECK_EVERY) this.checkHitRate();
    if (this.hashes[slot] === hash && this.lengths[slot] === length && this.sameBytes(slot, buf, start, end)) {
      this.hits++;
      return this.texts[slot];
    }
    const text = xmlText(buf, start, end);
    this.hashes[slot] = hash;
    this.lengths[slot] = length;
    this.texts[slot] = text;
    buf.copy(this.arena, slot * MAX_BYTES, start, end);
    return text;
  }

  private sameBytes(slot: number, buf: Buffer, start: number, end: number): boolean {
    const arena = this.arena;
    // From the end: names in one column share their beginnings (双十一大促-第1期, -第2期 …).
    for (let i = end - 1, k = slot * MAX_BYTES + (end - start) - 1; i >= start; i--, k--) if (arena[k] !== buf[i]) return false;
    return true;
  }

  private checkHitRate(): void {
    if (this.hits < MIN_HIT_SHARE * this.lookups) this.resting = REST;
    this.lookups = 0;
    this.hits = 0;
  }
}
