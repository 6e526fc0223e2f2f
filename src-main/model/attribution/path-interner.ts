/**
 * Interns channel-id sequences: equal paths get the same index. An open-addressing hash
 * table (linear probing, Knuth TAOCP vol. 3 §6.4) over an FNV-1a hash of the ids, with the
 * ids compared on a hit. Joining names into string keys instead costs ~3× the time and
 * a string per distinct path, which the 1M-journey benchmark feels.
 */

const EMPTY = -1;

export class PathInterner {
  /** Path p is `steps[offsets[p] .. offsets[p+1])`. */
  steps: number[] = [];
  offsets: number[] = [0];
  private hashes: number[] = [];
  private slots = new Int32Array(1 << 12).fill(EMPTY);

  get size(): number {
    return this.hashes.length;
  }

  /** Index of the path `ids[0 .. length)`, added if new. */
  intern(ids: Int32Array, length: number): number {
    let hash = 0x811c9dc5 ^ length;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ ids[i], 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const p = this.slots[slot];
      if (p === EMPTY) break;
      if (this.hashes[p] === hash && this.equals(p, ids, length)) return p;
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
    const start = this.offsets[p];
    if (this.offsets[p + 1] - start !== length) return false;
    for (let i = 0; i < length; i++) if (this.steps[start + i] !== ids[i]) return false;
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    this.hashes.forEach((hash, p) => {
      let slot = hash & mask;
      while (slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      slots[slot] = p;
    });
    this.slots = slots;
  }
}
