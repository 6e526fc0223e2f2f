/**
 * Remembers which row first had each 53-bit row hash, with open addressing. A probe
 * reads only the hash's high 32 bits (`high`; 0 marks an empty slot), so the memory it
 * walks is 4 bytes a slot; the low 21 bits and the row sit in arrays read only when the
 * high bits match (or the table grows). The table is sized to the rows it expects, not
 * to a power of two, so it costs ~17 bytes a row (12 bytes a slot at 70 % load) and no
 * garbage, where a Map<number, number> costs several times that and a long GC pause.
 */
const MAX_LOAD = 0.7;

export class RowHashSet {
  private high = new Int32Array(1 << 16);
  private low = new Int32Array(1 << 16);
  private rows = new Int32Array(1 << 16);
  private size = 0;

  /** Makes room for `rows` hashes at once (growing by doubling rehashes everything each time). */
  reserve(rows: number): void {
    const slots = Math.ceil((rows + 1) / MAX_LOAD);
    if (slots > this.high.length) this.resize(slots);
  }

  /** The row stored under `hash`, or `undefined` after storing `row` there. */
  firstRowOr(hash: number, row: number): number | undefined {
    if (this.size + 1 > this.high.length * MAX_LOAD) this.resize(this.high.length * 2);
    const h = (hash / 0x200000) | 0 || 1; // never 0, the empty mark (a collision only costs a check)
    const l = hash % 0x200000;
    const { high } = this;
    const n = high.length;
    let i = slotOf(h, l, n);
    for (;;) {
      const at = high[i];
      if (at === 0) {
        high[i] = h;
        this.low[i] = l;
        this.rows[i] = row;
        this.size++;
        return undefined;
      }
      if (at === h && this.low[i] === l) return this.rows[i];
      if (++i === n) i = 0;
    }
  }

  private resize(slots: number): void {
    const { high, low, rows } = this;
    this.high = new Int32Array(slots);
    this.low = new Int32Array(slots);
    this.rows = new Int32Array(slots);
    for (let j = 0; j < high.length; j++) {
      if (high[j] === 0) continue;
      let i = slotOf(high[j], low[j], slots);
      while (this.high[i] !== 0) if (++i === slots) i = 0;
      this.high[i] = high[j];
      this.low[i] = low[j];
      this.rows[i] = rows[j];
    }
  }
}

/** Mixes both halves, then maps them onto [0, n) by multiplication (no power of two needed). */
function slotOf(high: number, low: number, n: number): number {
  let m = Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1);
  m ^= m >>> 15;
  return Math.floor(((m >>> 0) * n) / 0x100000000);
}
