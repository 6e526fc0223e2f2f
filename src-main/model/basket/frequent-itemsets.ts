/**
 * Frequent itemsets by FP-growth (Han, Pei & Yin 2000, "Mining frequent patterns without
 * candidate generation", SIGMOD, https://doi.org/10.1145/342009.335372).
 *
 * Definitions: N = number of transactions, empty ones included (an order with nothing
 * countable still is an order); count(X) = transactions holding every item of X, a
 * duplicate inside a transaction counting once; support(X) = count(X)/N. X is frequent when
 * count(X) ≥ ceil(minSupport·N), computed exactly (see exact-fraction.ts): the threshold is
 * an integer count, never a rounded float.
 */
import { encodeTransactions, transactionCountOf, type CodedTransactions } from './encode-transactions.js';
import { minimumCount } from '@shared/exact-fraction.js';
import { mineFpTree } from './fp-growth.js';
import { buildFpTree } from './fp-tree.js';
import { compareCodeLists, compareItems } from './item-order.js';

export interface FrequentItemsetOptions {
  /** A fraction in (0, 1], read as the decimal it prints as: 0.07 means 7/100. */
  minSupport: number;
  /** Longest itemset reported (default: no limit). */
  maxLength?: number;
}

/** An itemset and how many transactions hold it. */
export interface CountedItemset {
  /** Distinct item ids in canonical order (UTF-16 code units, see item-order.ts). */
  readonly items: readonly string[];
  readonly count: number;
}

export interface FrequentItemset extends CountedItemset {
  /** count / N. */
  readonly support: number;
}

export interface FrequentItemsetResult {
  /** By size, then count (descending), then items in canonical order. */
  readonly itemsets: FrequentItemset[];
  /** N, the number of transactions (empty ones included). */
  readonly transactionCount: number;
  /** The count an itemset needs: ceil(minSupport·N), and at least 1. */
  readonly minCount: number;
}

function checkOptions({ minSupport, maxLength = Infinity }: FrequentItemsetOptions): number {
  if (!(minSupport > 0 && minSupport <= 1)) throw new RangeError(`minSupport must be a fraction in (0, 1], got ${minSupport}`);
  if (!(maxLength === Infinity || (Number.isInteger(maxLength) && maxLength >= 1))) {
    throw new RangeError(`maxLength must be a positive integer, got ${maxLength}`);
  }
  return maxLength;
}

/**
 * All itemsets with support ≥ minSupport (and at most maxLength items), with exact counts.
 *
 * @example frequentItemsets([['a', 'b'], ['a'], ['b', 'a', 'a'], []], { minSupport: 0.5 })
 * // N = 4, minCount 2: {a} 3, {b} 2, {a, b} 2
 */
export function frequentItemsets(transactions: readonly (readonly string[])[] | CodedTransactions, options: FrequentItemsetOptions): FrequentItemsetResult {
  const maxLength = checkOptions(options);
  const transactionCount = transactionCountOf(transactions);
  const minCount = Math.max(1, minimumCount(options.minSupport, transactionCount));
  const { itemOfRank, countOfRank, paths } = encodeTransactions(transactions, minCount);
  const labels = Int32Array.from(countOfRank, (_, rank) => rank);

  // Canonical code of each rank: sorting codes sorts items, and code lists compare itemsets.
  const canonical = itemOfRank.map((item, rank) => ({ item, rank })).sort((a, b) => compareItems(a.item, b.item));
  const codeOfRank = new Int32Array(itemOfRank.length);
  canonical.forEach(({ rank }, code) => (codeOfRank[rank] = code));

  const found: { codes: Int32Array; count: number }[] = [];
  mineFpTree(buildFpTree(paths, labels), [], minCount, maxLength, (ranks, count) => {
    const codes = Int32Array.from(ranks, (rank) => codeOfRank[rank]).sort();
    found.push({ codes, count });
  });
  found.sort((a, b) => a.codes.length - b.codes.length || b.count - a.count || compareCodeLists(a.codes, b.codes));
  const itemsets = found.map(({ codes, count }) => ({
    items: Array.from(codes, (code) => canonical[code].item),
    count,
    support: count / transactionCount,
  }));
  return { itemsets, transactionCount, minCount };
}
