import { describe, it, expect } from 'vitest';
import { scanNumericDateTime } from './date-scan.js';
import { parseDatePartsByPattern } from './date.js';
import type { DateOrder } from './date-order.js';

/** mulberry32 (Tommy Ettinger): a tiny seeded PRNG so the generated cases are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('scanNumericDateTime', () => {
  it('agrees with the pattern parser on every shape it accepts', () => {
    const random = mulberry32(20250103);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const num = (max: number, pad: boolean): string => {
      const n = Math.floor(random() * (max + 1));
      return pad ? String(n).padStart(2, '0') : String(n);
    };
    let accepted = 0;
    let dates = 0;
    for (let k = 0; k < 20000; k++) {
      const sep = pick(['-', '/', '.', '-', '/']);
      const pad = random() < 0.5;
      const year = pick(['2024', '2025', '1999', '25', '0999', '20245']);
      const a = num(35, pad);
      const b = num(14, pad);
      const date = random() < 0.5 ? `${year}${sep}${b}${sep}${a}` : `${a}${sep}${b}${sep}${year}`;
      const time = pick(['', ` ${num(25, pad)}:${num(61, true)}`, `T${num(24, true)}:${num(59, true)}:${num(60, true)}`]);
      const frac = time.split(':').length === 3 ? pick(['', '.5', '.123', ',9', '.']) : '';
      const zone = time ? pick(['', 'Z', 'z', '+08:00', ' -0500', '+08', '+8', ' +08:0', ' UTC', ' pm']) : pick(['', 'Z']);
      const cell = `${date}${time}${frac}${zone}`;
      const order = pick<DateOrder>(['dmy', 'mdy', 'ymd']);
      const scanned = scanNumericDateTime(cell, order);
      if (scanned === undefined) continue;
      accepted++;
      if (scanned) dates++;
      expect([cell, scanned]).toEqual([cell, parseDatePartsByPattern(cell, order)]);
    }
    expect(accepted).toBeGreaterThan(5000);
    expect(dates).toBeGreaterThan(2000);
  });

  it('leaves other shapes to the general parser', () => {
    for (const cell of ['2025年1月3日', 'Jan 3, 2025', '45658', '20250103', '2025-01-03 2:05 PM', '2025-01-03t14:05']) {
      expect(scanNumericDateTime(cell, 'dmy')).toBeUndefined();
    }
  });
});
