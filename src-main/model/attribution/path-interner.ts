/**
 * Interns channel-id sequences: equal paths get the same index. An open-addressing hash
 * table (linear probing, Knuth TAOCP vol. 3 §6.4) over an FNV-1a hash of the ids, with the
 * ids compared on a hit. Joining names into string keys instead costs ~3× the time and
 * a string per distinct path, which the 1M-journey benchmark feels.
 */

import { GrowableInt32 } from '../growable.js';

const EMPTY = -1;

export class PathInterner {
  /** Path p is `steps[offsets[p] .. offsets[p+1])` (their `data`, up to their `length`). */
  readonly steps = new GrowableInt32();
  readonly offsets = new GrowableInt32();
  private readonly hashes = new GrowableInt32();
  private slots = new Int32Array(1 << 12).fill(EMPTY);

  constructor() {
    this.offsets.push(0);
  }

  get size(): number {
    return this.hashes.length;
  }

  /** Index of the path `ids[0 .. length)`, added if new. */
  intern(ids: Int32Array, length: number): number {
    let hash = 0x811c9dc5 ^ length;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ ids[i], 0x01000193);
    const mask = this.slots.length - 1;
    const hashes = this.hashes.data;
    let slot = hash & mask;
    for (;;) {
      const p = this.slots[slot];
      if (p === EMPTY) break;
      if (hashes[p] === hash && this.equals(p, ids, length)) return p;
      slot = (slot + 1) & mask;
    }
    const p = this.hashes.length;
    this.slots[slot] = p;
    this.hashes.push(hash);
    for (let i = 0; i < length; i++) this.steps.push(ids[i]);
    this.offsets.push(this.steps.length);
    // Keep the table at most half full so probe runs stay short.
    if (this.hashes.length * 2 > this.slots.length) this.grow();
    return p;
  }

  private equals(p: number, ids: Int32Array, length: number): boolean {
    const offsets = this.offsets.data;
    const steps = this.steps.data;
    const start = offsets[p];
    if (offsets[p + 1] - start !== length) return false;
    for (let i = 0; i < length; i++) if (steps[start + i] !== ids[i]) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let p = 0; p < this.hashes.length; p++) {
      let slot = this.hashes.data[p] & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = p;
    }
    this.slots = slots;
  }
}
