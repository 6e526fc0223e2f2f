/**
 * Memoised BG/NBD expectations: expectedPurchasesIfAlive depends on a customer's x and T
 * (not t_x), and real logs have few distinct (x, T) pairs, so a million customers need far
 * fewer hypergeometric series.
 */
import type { BgNbdParams } from './bgnbd.js';
import { expectedPurchasesIfAlive } from './bgnbd-predict.js';

/** Cumulative expected purchases if alive, at each of `times` (ascending), per (x, T). */
export function makeCumulativeExpectation(params: BgNbdParams, times: readonly number[]): (x: number, T: number) => Float64Array {
  // Keyed x → T. T is a whole number of days over 7: keyed by that day count, a small
  // integer, a million look-ups cost a fraction of what fractional keys do. A T that is
  // not exactly days/7 keeps its own key space.
  const byDays = new Map<number, Map<number, Float64Array>>();
  const byWeeks = new Map<number, Map<number, Float64Array>>();
  return (x, T) => {
    const days = Math.round(T * 7);
    const exact = days / 7 === T;
    const cache = exact ? byDays : byWeeks;
    let byT = cache.get(x);
    if (!byT) {
      byT = new Map();
      cache.set(x, byT);
    }
    const key = exact ? days : T;
    let values = byT.get(key);
    if (!values) {
      values = Float64Array.from(times, (t) => expectedPurchasesIfAlive(params, x, T, t));
      byT.set(key, values);
    }
    return values;
  };
}
