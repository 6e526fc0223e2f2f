import { describe, expect, it } from 'vitest';
import { frequentItemsets, type FrequentItemset } from './frequent-itemsets.js';

/** Han, Pei & Yin (2000), Table 1, minimum support count ξ = 3 of N = 5 (minSupport 0.6). */
const TABLE_1 = ['facdgimp', 'abcflmo', 'bfhjo', 'bcksp', 'afcelpmn'].map((t) => [...t]);

/**
 * The frequent patterns of Table 2 ("mining of all-patterns by creating conditional
 * (sub)-pattern bases"), one line per item's conditional tree, items written canonically:
 *   p: {cp:3}            m: {fm, cm, am, fcm, fam, cam, fcam}:3
 *   b: nothing longer    a: {fa, ca, fca}:3        c: {fc:3}        f: nothing longer
 * plus the frequent items f:4, c:4, a:3, b:3, m:3, p:3.
 */
const TABLE_2: [string, number][] = [
  ['c', 4], ['f', 4], ['a', 3], ['b', 3], ['m', 3], ['p', 3],
  ['cp', 3],
  ['fm', 3], ['cm', 3], ['am', 3], ['cfm', 3], ['afm', 3], ['acm', 3], ['acfm', 3],
  ['af', 3], ['ac', 3], ['acf', 3],
  ['cf', 3],
];

const key = (itemset: { items: readonly string[] }): string => itemset.items.join('');
const countIn = (transactions: readonly (readonly string[])[], items: readonly string[]): number =>
  transactions.filter((t) => items.every((item) => t.includes(item))).length;

describe('frequentItemsets on the textbook example (Han, Pei & Yin 2000)', () => {
  it('finds exactly the patterns of Table 2 with their counts', () => {
    const result = frequentItemsets(TABLE_1, { minSupport: 0.6 });
    expect(result.transactionCount).toBe(5);
    expect(result.minCount).toBe(3);
    expect(new Map(result.itemsets.map((s) => [key(s), s.count]))).toEqual(new Map(TABLE_2));
    expect(result.itemsets).toHaveLength(18);
    for (const s of result.itemsets) expect(s.support).toBe(s.count / 5);
  });

  it('agrees with counting every subset of the frequent items by hand', () => {
    // Apriori property: a frequent itemset holds frequent items only, so the 2^6 subsets of
    // {a, b, c, f, m, p} are all the candidates.
    const frequentItems = ['a', 'b', 'c', 'f', 'm', 'p'];
    const expected = new Map<string, number>();
    for (let mask = 1; mask < 1 << 6; mask++) {
      const items = frequentItems.filter((_, i) => (mask >> i) & 1);
      const count = countIn(TABLE_1, items);
      if (count >= 3) expected.set(items.join(''), count);
    }
    expect(new Map(frequentItemsets(TABLE_1, { minSupport: 0.6 }).itemsets.map((s) => [key(s), s.count]))).toEqual(expected);
  });

  it('stops at maxLength', () => {
    const { itemsets } = frequentItemsets(TABLE_1, { minSupport: 0.6, maxLength: 2 });
    expect(itemsets.map(key)).toEqual(['c', 'f', 'a', 'b', 'm', 'p', 'ac', 'af', 'am', 'cf', 'cm', 'cp', 'fm']);
    expect(frequentItemsets(TABLE_1, { minSupport: 0.6, maxLength: 1 }).itemsets.map(key)).toEqual(['c', 'f', 'a', 'b', 'm', 'p']);
  });

  it('orders itemsets by size, then count (descending), then items', () => {
    const { itemsets } = frequentItemsets(TABLE_1, { minSupport: 0.6 });
    expect(itemsets.slice(0, 8).map(key)).toEqual(['c', 'f', 'a', 'b', 'm', 'p', 'ac', 'af']);
    expect(itemsets.at(-1)?.items).toEqual(['a', 'c', 'f', 'm']);
  });
});

describe('frequentItemsets thresholds', () => {
  /** N = 10: a in 3 transactions, b in 2, c in none but one empty transaction. */
  const tenTransactions = [['a', 'b'], ['a', 'b'], ['a'], ['d'], ['d'], ['d'], ['d'], ['d'], ['d'], []];

  it('includes a count exactly at ceil(s·N) and excludes one just below', () => {
    const result = frequentItemsets(tenTransactions, { minSupport: 0.3 });
    expect(result.minCount).toBe(3);
    expect(result.itemsets.map((s) => [key(s), s.count])).toEqual([['d', 6], ['a', 3]]);
    expect(result.itemsets[1].support).toBe(0.3);
    // 0.2 → 2: b and ab come in.
    expect(frequentItemsets(tenTransactions, { minSupport: 0.2 }).itemsets.map(key)).toEqual(['d', 'a', 'b', 'ab']);
    // Just above 0.3 of 10 needs 4.
    expect(frequentItemsets(tenTransactions, { minSupport: 0.30000000000000004 }).itemsets.map(key)).toEqual(['d']);
  });

  it('uses the exact count where the float product would round up (0.07 of 100 is 7, not 8)', () => {
    const transactions = Array.from({ length: 100 }, (_, t) => (t < 7 ? ['seven'] : t < 13 ? ['six'] : ['other']));
    expect(frequentItemsets(transactions, { minSupport: 0.07 }).itemsets.map((s) => [key(s), s.count])).toEqual([['other', 87], ['seven', 7]]);
  });

  it('counts empty transactions in N', () => {
    const transactions = [['a'], [], [], []];
    expect(frequentItemsets(transactions, { minSupport: 0.25 }).itemsets).toEqual([{ items: ['a'], count: 1, support: 0.25 }]);
    expect(frequentItemsets(transactions, { minSupport: 0.26 }).itemsets).toEqual([]);
  });

  it('counts an item repeated inside a transaction once', () => {
    const { itemsets } = frequentItemsets([['a', 'a', 'b', 'a'], ['b', 'b'], ['a']], { minSupport: 0.5 });
    expect(itemsets).toEqual<FrequentItemset[]>([
      { items: ['a'], count: 2, support: 2 / 3 },
      { items: ['b'], count: 2, support: 2 / 3 },
    ]);
  });

  it('with minSupport 1 keeps only what every transaction holds', () => {
    const transactions = [['x', 'y', 'z'], ['y', 'x'], ['x', 'y', 'w']];
    expect(frequentItemsets(transactions, { minSupport: 1 }).itemsets.map((s) => [key(s), s.count])).toEqual([['x', 3], ['y', 3], ['xy', 3]]);
    expect(frequentItemsets([...transactions, []], { minSupport: 1 }).itemsets).toEqual([]);
  });

  it('returns nothing for no transactions', () => {
    expect(frequentItemsets([], { minSupport: 0.1 })).toEqual({ itemsets: [], transactionCount: 0, minCount: 1 });
    expect(frequentItemsets([[], []], { minSupport: 0.1 }).itemsets).toEqual([]);
  });

  it('enumerates a single-path tree completely, within maxLength', () => {
    const same = Array.from({ length: 4 }, () => ['p', 'q', 'r']);
    const all = frequentItemsets([...same, ['p']], { minSupport: 0.8 }).itemsets.map((s) => [key(s), s.count]);
    expect(all).toEqual([['p', 5], ['q', 4], ['r', 4], ['pq', 4], ['pr', 4], ['qr', 4], ['pqr', 4]]);
    expect(frequentItemsets(same, { minSupport: 1, maxLength: 2 }).itemsets).toHaveLength(6);
  });

  it('writes items in UTF-16 code-unit order, whatever the locale', () => {
    const { itemsets } = frequentItemsets([['茶', 'b', 'B', 'é', 'a10', 'a9']], { minSupport: 1, maxLength: 6 });
    expect(itemsets.at(-1)?.items).toEqual(['B', 'a10', 'a9', 'b', 'é', '茶']);
  });

  it('rejects bad options and non-string items', () => {
    for (const minSupport of [0, -0.1, 1.5, NaN]) expect(() => frequentItemsets([['a']], { minSupport })).toThrow(RangeError);
    for (const maxLength of [0, 1.5, NaN]) expect(() => frequentItemsets([['a']], { minSupport: 0.5, maxLength })).toThrow(RangeError);
    expect(() => frequentItemsets([[1 as unknown as string]], { minSupport: 0.5 })).toThrow(TypeError);
  });
});
