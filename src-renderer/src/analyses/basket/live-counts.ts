/**
 * What a minimum support means for the last run's baskets, worked out as the user types:
 * how many products reach it. Counts come from the result (`itemCounts`, the products in
 * most baskets first) and the threshold is the engine's own (count ≥ ⌈s·N⌉, exactly), so
 * the number shown is the number the next run will start from.
 */
import { minimumCount } from '@shared/exact-fraction.js';
import type { ItemCount } from '@shared/analyses/basket.result.js';

export type LiveCounts =
  /** `items` of the `known` products listed reach the threshold of `baskets`. */
  | { kind: 'within'; items: number; known: number; baskets: number; total: number }
  /** Every listed product reaches it and the list was cut: more than `items` do. */
  | { kind: 'beyond'; items: number; baskets: number; total: number }
  | { kind: 'none'; baskets: number; total: number };

/** null when the support is not a fraction in (0, 1], there are no baskets, or the run kept no counts (a result saved before version 2). */
export function liveCounts(itemCounts: readonly ItemCount[], products: number, transactions: number, minSupport: number): LiveCounts | null {
  if (!(minSupport > 0 && minSupport <= 1) || transactions <= 0 || itemCounts.length === 0) return null;
  const baskets = Math.max(1, minimumCount(minSupport, transactions));
  let items = 0;
  while (items < itemCounts.length && itemCounts[items].baskets >= baskets) items++;
  if (items === 0) return { kind: 'none', baskets, total: transactions };
  if (items === itemCounts.length && itemCounts.length < products) return { kind: 'beyond', items, baskets, total: transactions };
  return { kind: 'within', items, known: products, baskets, total: transactions };
}
