import { describe, expect, it } from 'vitest';
import { expectedPurchasesIfAlive } from './bgnbd-predict.js';
import { makeCumulativeExpectation } from './expectation-cache.js';

const PARAMS = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('makeCumulativeExpectation', () => {
  it('returns the series of each (x, T) exactly, computed once, whether T is a whole number of days over 7 or not', () => {
    const times = [4.35, 8.7, 52];
    const cumulative = makeCumulativeExpectation(PARAMS, times);
    for (const [x, T] of [
      [0, 0],
      [2, 100 / 7],
      [2, 101 / 7],
      [3, 0.123],
      [3, 100 / 7 + 1e-9],
    ]) {
      const values = cumulative(x, T);
      expect(Array.from(values)).toEqual(times.map((t) => expectedPurchasesIfAlive(PARAMS, x, T, t)));
      expect(cumulative(x, T)).toBe(values);
    }
    // Near neighbours never share an entry.
    expect(cumulative(3, 100 / 7 + 1e-9)).not.toBe(cumulative(3, 100 / 7));
  });
});
