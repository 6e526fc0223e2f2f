import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases, expectedPurchasesIfAlive, probabilityAlive, unconditionalExpectedPurchases } from './bgnbd-predict.js';

// The CDNOW maximum-likelihood estimates (Fader, Hardie & Lee 2005, to the precision that
// reproduces LL −9582.43).
const CDNOW = { r: 0.242594, alpha: 4.413603, a: 0.792923, b: 2.425909 };

/** FHL eq. 10 without P(alive), literally: the 2F1 summed term by term in the test. */
function literalIfAlive(p: typeof CDNOW, x: number, T: number, t: number): number {
  const z = t / (p.alpha + T + t);
  const [A, B, C] = [p.r + x, p.b + x, p.a + p.b + x - 1];
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 20000; n++) {
    term *= ((A + n) * (B + n) * z) / ((C + n) * (n + 1));
    sum += term;
  }
  return ((p.a + p.b + x - 1) / (p.a - 1)) * (1 - Math.pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * sum);
}

describe('BG/NBD predictions', () => {
  it('P(alive) by hand: r = α = a = b = 1, x = 1, t_x = 1, T = 2 gives 1/(1 + (3/2)²)', () => {
    expect(probabilityAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 1, 1, 2)).toBeCloseTo(1 / (1 + 2.25), 14);
    expect(probabilityAlive(CDNOW, 0, 0, 30)).toBe(1);
  });

  it('reproduces the published example: x = 2, t_x = 30.43, T = 38.86 → 1.226 purchases in 39 weeks', () => {
    expect(conditionalExpectedPurchases(CDNOW, 2, 30.43, 38.86, 39)).toBeCloseTo(1.226, 3);
  });

  it("reproduces Hardie's spreadsheet of E[X(t)] for CDNOW", () => {
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(Math.abs(unconditionalExpectedPurchases(CDNOW, t) - expected[i])).toBeLessThan(1e-3));
    expect(Math.abs(unconditionalExpectedPurchases(CDNOW, 52) - 1.444)).toBeLessThan(5e-4);
  });

  it('agrees with the literal formula wherever the literal series is reliable', () => {
    for (const [x, T, t] of [
      [0, 0, 52],
      [2, 38.86, 39],
      [10, 20, 10],
      [0, 5, 100],
      [25, 30, 20],
    ]) {
      expect(expectedPurchasesIfAlive(CDNOW, x, T, t) / literalIfAlive(CDNOW, x, T, t)).toBeCloseTo(1, 9);
    }
  });

  it('is continuous through a = 1, where the literal formula is 0/0', () => {
    const below = unconditionalExpectedPurchases({ ...CDNOW, a: 1 - 1e-7 }, 52);
    const at = unconditionalExpectedPurchases({ ...CDNOW, a: 1 }, 52);
    const above = unconditionalExpectedPurchases({ ...CDNOW, a: 1 + 1e-7 }, 52);
    expect(Number.isFinite(at)).toBe(true);
    expect(at).toBeCloseTo(below, 6);
    expect(at).toBeCloseTo(above, 6);
  });

  it('stays finite and increasing for heavy buyers and long horizons', () => {
    let previous = 0;
    for (const t of [1, 10, 100, 1000, 10000]) {
      const value = expectedPurchasesIfAlive(CDNOW, 200, 0.5, t);
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThan(previous);
      previous = value;
    }
    expect(expectedPurchasesIfAlive(CDNOW, 3, 10, 0)).toBe(0);
  });
});
