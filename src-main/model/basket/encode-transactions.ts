/**
 * FP-growth's first database scan (Han, Pei & Yin 2000, Algorithm 1, step 1): count each
 * item once per transaction, keep the frequent ones, and rewrite every transaction as its
 * frequent items in descending-frequency order — as integer ranks in one flat array, so the
 * tree is built from typed arrays and never touches a string again.
 */
import { compareItems } from './item-order.js';

/** Weighted item lists, ascending codes each: list p is `items[start[p] … start[p+1])`. */
export interface WeightedPaths {
  readonly items: Int32Array;
  readonly start: Int32Array;
  readonly weight: Int32Array;
}

export interface EncodedTransactions {
  /** Frequent items by rank: rank 0 is the most frequent, ties in canonical item order. */
  readonly itemOfRank: string[];
  readonly countOfRank: Int32Array;
  /** Each transaction's frequent items as ascending ranks, weight 1; transactions without any are left out. */
  readonly paths: WeightedPaths;
}

/**
 * Transactions already coded (a large data set read as columns need not become arrays of
 * texts): transaction t holds the distinct items `items[codes[i]]` for i in
 * `start[t] … start[t+1])`.
 */
export interface CodedTransactions {
  readonly items: readonly string[];
  readonly codes: Int32Array;
  readonly start: Int32Array;
}

interface InternedTransactions extends CodedTransactions {
  /** How many transactions hold each item (a duplicate inside a transaction counts once). */
  readonly counts: Int32Array;
}

/** How many transactions there are, coded or not. */
export function transactionCountOf(transactions: readonly (readonly string[])[] | CodedTransactions): number {
  return isCoded(transactions) ? transactions.start.length - 1 : transactions.length;
}

function isCoded(transactions: readonly (readonly string[])[] | CodedTransactions): transactions is CodedTransactions {
  return !Array.isArray(transactions);
}

/** Coded transactions with each item's transaction count (their codes are distinct within a transaction). */
function countCoded(coded: CodedTransactions): InternedTransactions {
  const counts = new Int32Array(coded.items.length);
  for (const code of coded.codes) counts[code]++;
  return { ...coded, counts };
}

function internTransactions(transactions: readonly (readonly string[])[]): InternedTransactions {
  let total = 0;
  for (const transaction of transactions) total += transaction.length;
  const codes = new Int32Array(total);
  const start = new Int32Array(transactions.length + 1);
  const counts = new Int32Array(total);
  // lastSeen[code] = the last transaction holding the item: detects duplicates without a Set per row.
  const lastSeen = new Int32Array(total).fill(-1);
  const codeOf = new Map<string, number>();
  const items: string[] = [];
  let k = 0;
  transactions.forEach((transaction, t) => {
    for (const item of transaction) {
      let code = codeOf.get(item);
      if (code === undefined) {
        if (typeof item !== 'string') throw new TypeError(`frequentItemsets requires item ids to be strings, got ${typeof item}`);
        code = items.length;
        codeOf.set(item, code);
        items.push(item);
      }
      if (lastSeen[code] === t) continue;
      lastSeen[code] = t;
      counts[code]++;
      codes[k++] = code;
    }
    start[t + 1] = k;
  });
  return { items, counts: counts.subarray(0, items.length), codes, start };
}

/** Sorts `values[from … to)` ascending; transactions are short, so insertion sort wins. */
function sortRange(values: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = values[i];
    let j = i - 1;
    while (j >= from && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}

/** Ranks the items with count ≥ minCount and rewrites the transactions in ranks. */
export function encodeTransactions(transactions: readonly (readonly string[])[] | CodedTransactions, minCount: number): EncodedTransactions {
  const { items, counts, codes, start } = isCoded(transactions) ? countCoded(transactions) : internTransactions(transactions);
  const frequent: number[] = [];
  for (let code = 0; code < items.length; code++) if (counts[code] >= minCount) frequent.push(code);
  frequent.sort((a, b) => counts[b] - counts[a] || compareItems(items[a], items[b]));
  const rankOfCode = new Int32Array(items.length).fill(-1);
  frequent.forEach((code, rank) => (rankOfCode[code] = rank));

  const ranks = new Int32Array(codes.length);
  const pathStart: number[] = [0];
  let k = 0;
  for (let t = 0; t + 1 < start.length; t++) {
    const from = k;
    for (let i = start[t]; i < start[t + 1]; i++) {
      const rank = rankOfCode[codes[i]];
      if (rank >= 0) ranks[k++] = rank;
    }
    if (k === from) continue;
    sortRange(ranks, from, k);
    pathStart.push(k);
  }
  return {
    itemOfRank: frequent.map((code) => items[code]),
    countOfRank: Int32Array.from(frequent, (code) => counts[code]),
    paths: { items: ranks.subarray(0, k), start: Int32Array.from(pathStart), weight: new Int32Array(pathStart.length - 1).fill(1) },
  };
}
