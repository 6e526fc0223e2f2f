/**
 * FP-growth and the rule generator against a brute-force reference: on seeded random data
 * sets (≤ 12 items, ≤ 200 transactions) every one of the 2^m − 1 itemsets is counted by
 * scanning bit masks, and thresholds are applied in integer arithmetic with the thresholds
 * written as fractions p/q, independently of the code under test.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32, type Random } from '../random.js';
import { associationRules } from './association-rules.js';
import { frequentItemsets } from './frequent-itemsets.js';

// Names that exercise canonical order ('B' < 'a', 'i10' < 'i2') and odd characters.
const NAMES = ['a', 'b', 'B', 'i10', 'i2', '茶', '咖啡', 'x y', 'Z', 'é', '0', 'a,b'];

interface DataSet {
  names: string[];
  masks: number[];
  transactions: string[][];
}

/** Random baskets over m items with per-item rates, as bit masks and as shuffled lists with repeats. */
function randomDataSet(random: Random, m: number, n: number): DataSet {
  const names = NAMES.slice(0, m);
  const rates = names.map(() => 0.05 + 0.6 * random());
  const masks: number[] = [];
  const transactions: string[][] = [];
  for (let t = 0; t < n; t++) {
    let mask = 0;
    const items: string[] = [];
    names.forEach((name, i) => {
      if (random() >= rates[i]) return;
      mask |= 1 << i;
      items.push(name);
      if (random() < 0.1) items.push(name);
    });
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    masks.push(mask);
    transactions.push(items);
  }
  return { names, masks, transactions };
}

/** count(X) for every mask X of m items. */
function bruteCounts(masks: readonly number[], m: number): Int32Array {
  const counts = new Int32Array(1 << m);
  for (let x = 1; x < 1 << m; x++) for (const t of masks) if ((t & x) === x) counts[x]++;
  return counts;
}

const itemsOf = (names: readonly string[], mask: number): string[] =>
  names.filter((_, i) => (mask >> i) & 1).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const popcount = (x: number): number => (x === 0 ? 0 : (x & 1) + popcount(x >>> 1));

/** [p, q] thresholds: p/q is passed to the code, and `count·q ≥ p·total` decides here. */
const SUPPORTS: [number, number][] = [[1, 100], [5, 100], [1, 10], [3, 20], [1, 5], [7, 20], [1, 2], [1, 1]];
const CONFIDENCES: [number, number][] = [[0, 1], [1, 2], [3, 5], [2, 3], [3, 4], [9, 10], [1, 1]];
const LIFTS: ([number, number] | undefined)[] = [undefined, [1, 1], [6, 5], [3, 2]];

describe('FP-growth against brute force', () => {
  it('finds exactly the brute-force itemsets and counts on 40 random data sets', () => {
    const random = mulberry32(20240611);
    let checkedItemsets = 0;
    for (let run = 0; run < 40; run++) {
      const m = 3 + Math.floor(random() * 10);
      const n = 1 + Math.floor(random() * 200);
      const data = randomDataSet(random, m, n);
      const counts = bruteCounts(data.masks, m);
      for (const [p, q] of SUPPORTS) {
        const maxLength = random() < 0.3 ? 1 + Math.floor(random() * 4) : Infinity;
        const expected = new Map<string, number>();
        for (let x = 1; x < 1 << m; x++) {
          if (counts[x] > 0 && counts[x] * q >= p * n && popcount(x) <= maxLength) expected.set(JSON.stringify(itemsOf(data.names, x)), counts[x]);
        }
        const result = frequentItemsets(data.transactions, { minSupport: p / q, maxLength });
        const got = new Map(result.itemsets.map((s) => [JSON.stringify(s.items), s.count]));
        expect(got).toEqual(expected);
        expect(result.itemsets.every((s) => s.support === s.count / n)).toBe(true);
        checkedItemsets += expected.size;
      }
    }
    expect(checkedItemsets).toBeGreaterThan(1000);
  });

  it('finds exactly the brute-force rules, measures and order', () => {
    // With n(X) ≤ 200 no count ratio lies between 0.6666666666666666 (how 2/3 prints) and
    // 2/3, so the exact fraction p/q decides the same as the code's printed decimal.
    const random = mulberry32(7);
    let checkedRules = 0;
    for (let run = 0; run < 25; run++) {
      const m = 3 + Math.floor(random() * 8);
      const n = 5 + Math.floor(random() * 196);
      const data = randomDataSet(random, m, n);
      const counts = bruteCounts(data.masks, m);
      const [sp, sq] = SUPPORTS[1 + Math.floor(random() * 5)];
      const { itemsets } = frequentItemsets(data.transactions, { minSupport: sp / sq });
      const frequent = (x: number) => counts[x] > 0 && counts[x] * sq >= sp * n;
      for (const [cp, cq] of CONFIDENCES) {
        const lift = LIFTS[Math.floor(random() * LIFTS.length)];
        const expected = [];
        for (let xy = 1; xy < 1 << m; xy++) {
          if (popcount(xy) < 2 || !frequent(xy)) continue;
          for (let x = (xy - 1) & xy; x > 0; x = (x - 1) & xy) {
            const y = xy ^ x;
            const [c, cx, cy] = [counts[xy], counts[x], counts[y]];
            if (c * cq < cp * cx) continue;
            if (lift && c * n * lift[1] < lift[0] * cx * cy) continue;
            expected.push({
              antecedent: itemsOf(data.names, x),
              consequent: itemsOf(data.names, y),
              count: c,
              antecedentCount: cx,
              consequentCount: cy,
              support: c / n,
              confidence: c / cx,
              lift: (c * n) / (cx * cy),
              leverage: (c * n - cx * cy) / (n * n),
              conviction: c === cx ? null : ((n - cy) * cx) / (n * (cx - c)),
            });
          }
        }
        const compareLists = (a: readonly string[], b: readonly string[]): number => {
          for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
          return a.length - b.length;
        };
        expected.sort((a, b) => b.lift - a.lift || b.confidence - a.confidence || b.support - a.support || compareLists(a.antecedent, b.antecedent) || compareLists(a.consequent, b.consequent));
        const got = associationRules(itemsets, n, { minConfidence: cp / cq, minLift: lift ? lift[0] / lift[1] : undefined });
        expect(got).toEqual(expected);
        checkedRules += expected.length;
      }
    }
    expect(checkedRules).toBeGreaterThan(1000);
  });
});
