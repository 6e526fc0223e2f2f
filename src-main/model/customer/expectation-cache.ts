/**
 * Memoised BG/NBD expectations: expectedPurchasesIfAlive depends on a customer's x and T
 * (not t_x), and real logs have few distinct (x, T) pairs, so a million customers need far
 * fewer hypergeometric series.
 */
import type { BgNbdParams } from './bgnbd.js';
import { expectedPurchasesIfAlive } from './bgnbd-predict.js';

/** Cumulative expected purchases if alive, at each of `times` (ascending), per (x, T). */
export function makeCumulativeExpectation(params: BgNbdParams, times: readonly number[]): (x: number, T: number) => Float64Array {
  // Keyed x → T → values: numbers as keys, no key text built per customer.
  const cache = new Map<number, Map<number, Float64Array>>();
  return (x, T) => {
    let byT = cache.get(x);
    if (!byT) {
      byT = new Map();
      cache.set(x, byT);
    }
    let values = byT.get(T);
    if (!values) {
      values = Float64Array.from(times, (t) => expectedPurchasesIfAlive(params, x, T, t));
      byT.set(T, values);
    }
    return values;
  };
}
