import { describe, expect, it } from 'vitest';
import { associationRules, type AssociationRule } from './association-rules.js';
import { frequentItemsets } from './frequent-itemsets.js';

/** Han, Pei & Yin (2000), Table 1; at ξ = 3 the frequent itemsets are those of Table 2. */
const TABLE_1 = ['facdgimp', 'abcflmo', 'bfhjo', 'bcksp', 'afcelpmn'].map((t) => [...t]);
const textbook = frequentItemsets(TABLE_1, { minSupport: 0.6 });
const rulesOf = (minConfidence: number, minLift?: number) => associationRules(textbook.itemsets, 5, { minConfidence, minLift });
const find = (rules: AssociationRule[], x: string, y: string) => rules.find((r) => r.antecedent.join('') === x && r.consequent.join('') === y);

describe('associationRules on the textbook example', () => {
  it('finds the 37 rules of confidence 1', () => {
    // Confidence 1 needs n(X) = n(X∪Y) = 3, so X may be anything but {c} or {f} (count 4):
    // pairs p→c, m→f, m→c, a→m, m→a, a→f, a→c (7); triples cfm 4, afm 5, acm 5, acf 4 (18);
    // acfm: its 14 antecedents but {c} and {f} (12).
    const rules = rulesOf(1);
    expect(rules).toHaveLength(37);
    expect(rules.every((r) => r.confidence === 1 && r.count === 3 && r.antecedentCount === 3 && r.conviction === null)).toBe(true);
    expect(find(rules, 'f', 'c')).toBeUndefined();
  });

  it('computes the measures from counts (N = 5)', () => {
    const rules = rulesOf(0);
    // p → c: n(cp) = 3, n(p) = 3, n(c) = 4.
    expect(find(rules, 'p', 'c')).toEqual({
      antecedent: ['p'], consequent: ['c'], count: 3, antecedentCount: 3, consequentCount: 4,
      support: 0.6, confidence: 1, lift: 15 / 12, leverage: (15 - 12) / 25, conviction: null,
    });
    // c → p: confidence 3/4, conviction (1 − 3/5)/(1 − 3/4) = 1.6.
    expect(find(rules, 'c', 'p')).toMatchObject({ confidence: 0.75, lift: 1.25, leverage: 0.12, conviction: 1.6 });
    // f → c: lift 3·5/(4·4) = 0.9375 < 1, leverage (15 − 16)/25 = −0.04, conviction (1 − 4/5)/(1/4) = 0.8.
    expect(find(rules, 'f', 'c')).toMatchObject({ confidence: 0.75, lift: 0.9375, leverage: -0.04, conviction: 0.8 });
    // a → c,f,m: n(acfm) = 3 = n(a) = n(cfm): lift 5/3, leverage (15 − 9)/25.
    expect(find(rules, 'a', 'cfm')).toMatchObject({ confidence: 1, lift: 5 / 3, leverage: 0.24 });
  });

  it('sorts by lift, confidence and support (descending), then antecedent and consequent', () => {
    const rules = rulesOf(0);
    // Lift 5/3, confidence 1, support 0.6 ties many rules: X = {a} with any Y of count 3
    // (cf, cfm, cm, fm, m) comes first, consequents in canonical list order.
    expect(rules.slice(0, 6).map((r) => `${r.antecedent.join('')}→${r.consequent.join('')}`)).toEqual(['a→cf', 'a→cfm', 'a→cm', 'a→fm', 'a→m', 'ac→fm']);
    const compareLists = (a: readonly string[], b: readonly string[]): number => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length - b.length;
    };
    for (let i = 1; i < rules.length; i++) {
      const [a, b] = [rules[i - 1], rules[i]];
      const order = b.lift - a.lift || b.confidence - a.confidence || b.support - a.support || compareLists(a.antecedent, b.antecedent) || compareLists(a.consequent, b.consequent);
      expect(order).toBeLessThan(0);
    }
    expect(rules.at(-1)).toMatchObject({ antecedent: ['f'], consequent: ['c'] });
  });
});

describe('associationRules thresholds', () => {
  /** N = 6: n(x) = 3, n(xy) = 2, n(y) = 4; n(y → x) = 2/4. */
  const itemsets = [
    { items: ['x'], count: 3 },
    { items: ['y'], count: 4 },
    { items: ['x', 'y'], count: 2 },
  ];

  it('includes confidence exactly at minConfidence, read as the decimal it prints as', () => {
    // 2/3 prints as 0.6666666666666666, just below 2/3: x → y (2 of 3) meets it. The next
    // double up, 0.6666666666666667, is above 2/3 and does not; nor does 0.67.
    expect(associationRules(itemsets, 6, { minConfidence: 2 / 3 }).map((r) => r.antecedent[0])).toEqual(['x']);
    expect(associationRules(itemsets, 6, { minConfidence: 0.6666666666666667 })).toEqual([]);
    expect(associationRules(itemsets, 6, { minConfidence: 0.67 })).toEqual([]);
    // y → x has confidence exactly 0.5.
    expect(associationRules(itemsets, 6, { minConfidence: 0.5 }).map((r) => r.antecedent[0])).toEqual(['x', 'y']);
    expect(associationRules(itemsets, 6, { minConfidence: 0.5000000000000001 }).map((r) => r.antecedent[0])).toEqual(['x']);
  });

  it('compares confidence on counts where the float product errs (7 of 100 at 0.07)', () => {
    // 0.07·100 = 7.000000000000001 in floats; 7 of 100 still meets 0.07, 6 does not.
    const sets = (joint: number) => [{ items: ['x'], count: 100 }, { items: ['y'], count: 50 }, { items: ['x', 'y'], count: joint }];
    const xToY = (joint: number) => associationRules(sets(joint), 200, { minConfidence: 0.07 }).filter((r) => r.antecedent[0] === 'x');
    expect(xToY(7)).toHaveLength(1);
    expect(xToY(6)).toHaveLength(0);
  });

  it('includes lift exactly at minLift', () => {
    // lift = 2·6/(3·4) = 1 for both directions.
    expect(associationRules(itemsets, 6, { minConfidence: 0, minLift: 1 })).toHaveLength(2);
    expect(associationRules(itemsets, 6, { minConfidence: 0, minLift: 1.0000000000000002 })).toHaveLength(0);
    // On the textbook data a → m has lift exactly 5/3. The double 5/3 prints as
    // 1.6666666666666667, above 5/3, so minLift = 5/3 leaves the rule out; the double just
    // below prints as 1.6666666666666665 and keeps it, as does a typed 1.66.
    expect(find(rulesOf(0, 1.6666666666666665), 'a', 'm')).toBeDefined();
    expect(find(rulesOf(0, 1.66), 'a', 'm')).toBeDefined();
    expect(find(rulesOf(0, 5 / 3), 'a', 'm')).toBeUndefined();
    expect(find(rulesOf(0, 1.25), 'p', 'c')).toBeDefined();
  });

  it('represents infinite conviction as null, which survives JSON', () => {
    const [rule] = associationRules([{ items: ['x'], count: 2 }, { items: ['y'], count: 3 }, { items: ['x', 'y'], count: 2 }], 4, { minConfidence: 1 });
    expect(rule).toMatchObject({ antecedent: ['x'], consequent: ['y'], confidence: 1, conviction: null });
    expect(JSON.parse(JSON.stringify(rule))).toEqual(rule);
  });

  it('returns no rules without itemsets of two or more items', () => {
    expect(associationRules([], 0, { minConfidence: 0.5 })).toEqual([]);
    expect(associationRules([{ items: ['x'], count: 2 }], 3, { minConfidence: 0 })).toEqual([]);
  });

  it('rejects bad options, missing subsets and impossible counts', () => {
    for (const minConfidence of [-0.1, 1.1, NaN]) expect(() => associationRules(itemsets, 6, { minConfidence })).toThrow(RangeError);
    for (const minLift of [-1, NaN, Infinity]) expect(() => associationRules(itemsets, 6, { minConfidence: 0, minLift })).toThrow(RangeError);
    expect(() => associationRules(itemsets, 2.5, { minConfidence: 0 })).toThrow(RangeError);
    expect(() => associationRules(itemsets.slice(1), 6, { minConfidence: 0 })).toThrow(/\{x\} is missing/);
    expect(() => associationRules(itemsets, 3, { minConfidence: 0 })).toThrow(/1…N = 3/);
    expect(() => associationRules([...itemsets, { items: ['y', 'x'], count: 1 }], 6, { minConfidence: 0 })).toThrow(/twice/);
  });
});
