import { describe, expect, it } from 'vitest';
import { exactDecimal, minimumCount, ratioAtLeast } from './exact-fraction.js';

describe('exactDecimal', () => {
  it('reads a number as the decimal it prints as', () => {
    expect(exactDecimal(0.3)).toEqual({ numerator: 3n, denominator: 10n });
    expect(exactDecimal(0.07)).toEqual({ numerator: 7n, denominator: 100n });
    expect(exactDecimal(2 / 3)).toEqual({ numerator: 6666666666666666n, denominator: 10n ** 16n });
    expect(exactDecimal(1)).toEqual({ numerator: 1n, denominator: 1n });
    expect(exactDecimal(0)).toEqual({ numerator: 0n, denominator: 1n });
    expect(exactDecimal(1.5e-7)).toEqual({ numerator: 15n, denominator: 10n ** 8n });
    expect(exactDecimal(1e21)).toEqual({ numerator: 10n ** 21n, denominator: 1n });
    expect(exactDecimal(2.5e21)).toEqual({ numerator: 25n * 10n ** 20n, denominator: 1n });
  });

  it('rejects negative and non-finite numbers', () => {
    for (const bad of [-0.1, NaN, Infinity]) expect(() => exactDecimal(bad)).toThrow(RangeError);
  });
});

describe('minimumCount', () => {
  it('gives ceil(s·N) without floating-point error', () => {
    expect(minimumCount(0.3, 10)).toBe(3);
    // The float product is 7.000000000000001, so the naive ceiling would ask for 8.
    expect(Math.ceil(0.07 * 100)).toBe(8);
    expect(minimumCount(0.07, 100)).toBe(7);
    expect(minimumCount(0.14, 50)).toBe(7);
    expect(minimumCount(0.3, 11)).toBe(4);
    expect(minimumCount(1, 7)).toBe(7);
    expect(minimumCount(0.5, 0)).toBe(0);
    expect(minimumCount(1e-7, 10_000_000)).toBe(1);
    expect(minimumCount(1.5e-7, 20_000_000)).toBe(3);
  });

  it('agrees with integer arithmetic for every percentage and per-mille of N ≤ 400', () => {
    // ceil(k·N/d) for integers is ⌊(k·N + d − 1)/d⌋: no float ever rounds here.
    for (const d of [100, 1000]) {
      for (let k = 1; k <= d; k++) {
        const fraction = k / d;
        for (let n = 0; n <= 400; n++) {
          const expected = Math.floor((k * n + d - 1) / d);
          if (minimumCount(fraction, n) !== expected) expect({ k, d, n, got: minimumCount(fraction, n) }).toEqual({ k, d, n, got: expected });
        }
      }
    }
  });

  it('takes a fraction at its printed value: 2/3 prints as 0.6666666666666666, just below 2/3', () => {
    expect(minimumCount(2 / 3, 3)).toBe(2);
    expect(minimumCount(0.6666666666666667, 3)).toBe(3);
    expect(String(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(minimumCount(0.1 + 0.2, 10)).toBe(4);
  });

  it('requires a non-negative integer total', () => {
    expect(() => minimumCount(0.5, 2.5)).toThrow(RangeError);
    expect(() => minimumCount(0.5, -1)).toThrow(RangeError);
  });
});

describe('ratioAtLeast', () => {
  it('includes exact ties, at the printed value of the threshold', () => {
    expect(ratioAtLeast([2], [3], 2 / 3)).toBe(true);
    expect(ratioAtLeast([2], [3], 0.6666666666666667)).toBe(false);
    expect(ratioAtLeast([15], [12], 1.25)).toBe(true);
    expect(ratioAtLeast([15], [12], 1.2500000000000002)).toBe(false);
    expect(ratioAtLeast([7], [100], 0.07)).toBe(true);
    expect(ratioAtLeast([0], [5], 0)).toBe(true);
  });

  it('settles ties the doubles cannot see, in exact integers', () => {
    // a = (10⁸+1)² = 10¹⁶ + 2·10⁸ + 1 and b = 10⁸·(10⁸+2) = a − 1: both round to the same double.
    const a = [100_000_001, 100_000_001];
    const b = [100_000_000, 100_000_002];
    expect((a[0] * a[1]) / (b[0] * b[1])).toBe(1);
    expect(ratioAtLeast(a, b, 1)).toBe(true);
    expect(ratioAtLeast(b, a, 1)).toBe(false);
  });
});
