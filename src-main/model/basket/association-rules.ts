/**
 * Association rules X → Y from frequent itemsets (Agrawal, Imieliński & Swami 1993, "Mining
 * association rules between sets of items in large databases", SIGMOD; lift — "interest"
 * there — and conviction from Brin, Motwani, Ullman & Tsur 1997, "Dynamic itemset counting
 * and implication rules for market basket data", SIGMOD; leverage from Piatetsky-Shapiro
 * 1991, "Discovery, analysis, and presentation of strong rules"). With n(·) the
 * transaction counts and N:
 *   support    = n(X∪Y)/N
 *   confidence = n(X∪Y)/n(X)
 *   lift       = confidence/support(Y) = n(X∪Y)·N / (n(X)·n(Y))
 *   leverage   = support(X∪Y) − support(X)·support(Y) = (n(X∪Y)·N − n(X)·n(Y)) / N²
 *   conviction = (1 − support(Y)) / (1 − confidence) = (N − n(Y))·n(X) / (N·(n(X) − n(X∪Y)))
 * Each is computed from the integer counts with one final division, so (for N below 9·10^7,
 * where the products stay exact) equal count ratios give bit-identical numbers.
 *
 * Thresholds are exact: confidence ≥ c means n(X∪Y) ≥ ceil(c·n(X)), an integer comparison
 * (minimumCount reads c as the decimal it prints as, see exact-fraction.ts); lift ≥ l means
 * n(X∪Y)·N ≥ l·n(X)·n(Y), settled in BigInt when the floats are too close to tell.
 */
import { minimumCount, ratioAtLeast } from '@shared/exact-fraction.js';
import type { CountedItemset } from './frequent-itemsets.js';
import { canonicalCodes, compareCodeLists } from './item-order.js';

export interface AssociationRuleOptions {
  /** Fraction in [0, 1]; a rule needs confidence ≥ minConfidence (exact, see above). */
  minConfidence: number;
  /** A rule needs lift ≥ minLift (default: no lift threshold). */
  minLift?: number;
}

export interface AssociationRule {
  /** X and Y: disjoint, non-empty, each in canonical item order. */
  readonly antecedent: readonly string[];
  readonly consequent: readonly string[];
  /** n(X∪Y), n(X), n(Y). */
  readonly count: number;
  readonly antecedentCount: number;
  readonly consequentCount: number;
  readonly support: number;
  readonly confidence: number;
  readonly lift: number;
  readonly leverage: number;
  /** Null when confidence is 1: conviction is then infinite (the rule never fails), and null survives JSON. */
  readonly conviction: number | null;
}

/** Rules from itemsets of up to this many items: antecedents are enumerated as bit masks. */
export const MAX_RULE_ITEMSET_SIZE = 30;

function checkOptions(transactionCount: number, { minConfidence, minLift }: AssociationRuleOptions): void {
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new RangeError(`minConfidence must be a fraction in [0, 1], got ${minConfidence}`);
  if (minLift !== undefined && !(minLift >= 0 && Number.isFinite(minLift))) throw new RangeError(`minLift must be a non-negative number, got ${minLift}`);
  if (!Number.isSafeInteger(transactionCount) || transactionCount < 0) {
    throw new RangeError(`associationRules requires the transaction count N as a non-negative integer, got ${transactionCount}`);
  }
}

/** Counts by itemset key (ascending canonical codes joined by commas). */
function countTable(itemsets: readonly CountedItemset[], codeOf: Map<string, number>, transactionCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { items, count } of itemsets) {
    if (!(Number.isInteger(count) && count >= 1 && count <= transactionCount)) {
      throw new RangeError(`itemset counts must be integers in 1…N = ${transactionCount}, got ${count} for {${items.join(', ')}}`);
    }
    const key = items.map((item) => codeOf.get(item) as number).sort((a, b) => a - b).join(',');
    if (counts.has(key) && counts.get(key) !== count) throw new RangeError(`itemset {${items.join(', ')}} is given twice with different counts`);
    counts.set(key, count);
  }
  return counts;
}

interface RuleDraft {
  rule: AssociationRule;
  antecedentCodes: number[];
  consequentCodes: number[];
}

function makeRule(itemOf: readonly string[], x: number[], y: number[], count: number, countX: number, countY: number, n: number): RuleDraft {
  const rule: AssociationRule = {
    antecedent: x.map((code) => itemOf[code]),
    consequent: y.map((code) => itemOf[code]),
    count,
    antecedentCount: countX,
    consequentCount: countY,
    support: count / n,
    confidence: count / countX,
    lift: (count * n) / (countX * countY),
    leverage: (count * n - countX * countY) / (n * n),
    conviction: count === countX ? null : ((n - countY) * countX) / (n * (countX - count)),
  };
  return { rule, antecedentCodes: x, consequentCodes: y };
}

/** Lift, then confidence, then support, all descending; then antecedent and consequent in canonical order. */
function compareDrafts(a: RuleDraft, b: RuleDraft): number {
  return (
    b.rule.lift - a.rule.lift ||
    b.rule.confidence - a.rule.confidence ||
    b.rule.support - a.rule.support ||
    compareCodeLists(a.antecedentCodes, b.antecedentCodes) ||
    compareCodeLists(a.consequentCodes, b.consequentCodes)
  );
}

/**
 * Every rule X → Y with X∪Y one of the itemsets (size ≥ 2), X a non-empty proper subset,
 * confidence ≥ minConfidence and lift ≥ minLift. Every subset of a given itemset must be
 * given too (frequentItemsets' output always is: subsets of frequent sets are frequent).
 *
 * @example associationRules([{ items: ['a'], count: 3 }, { items: ['b'], count: 2 }, { items: ['a', 'b'], count: 2 }], 4, { minConfidence: 0.8 })
 * // b → a: confidence 2/2 = 1, lift 2·4/(2·3) = 1.33; a → b (2/3) is below 0.8
 */
export function associationRules(itemsets: readonly CountedItemset[], transactionCount: number, options: AssociationRuleOptions): AssociationRule[] {
  checkOptions(transactionCount, options);
  const { codeOf, itemOf } = canonicalCodes(itemsets.flatMap((itemset) => itemset.items));
  const counts = countTable(itemsets, codeOf, transactionCount);
  const countOf = (codes: number[]): number => {
    const count = counts.get(codes.join(','));
    if (count === undefined) throw new RangeError(`associationRules requires the count of every subset of an itemset; {${codes.map((c) => itemOf[c]).join(', ')}} is missing`);
    return count;
  };
  // ceil(minConfidence·n(X)) depends on n(X) alone: one exact computation per distinct count.
  const neededByCountX = new Map<number, number>();
  const needed = (countX: number): number => {
    let c = neededByCountX.get(countX);
    if (c === undefined) neededByCountX.set(countX, (c = minimumCount(options.minConfidence, countX)));
    return c;
  };

  const drafts: RuleDraft[] = [];
  for (const [key, count] of counts) {
    const codes = key.split(',').map(Number);
    const k = codes.length;
    if (k < 2) continue;
    if (k > MAX_RULE_ITEMSET_SIZE) throw new RangeError(`associationRules supports itemsets of up to ${MAX_RULE_ITEMSET_SIZE} items, got ${k}`);
    for (let mask = 1; mask < 2 ** k - 1; mask++) {
      const x = codes.filter((_, i) => (mask >>> i) & 1);
      const countX = countOf(x);
      if (count < needed(countX)) continue;
      const y = codes.filter((_, i) => !((mask >>> i) & 1));
      const countY = countOf(y);
      if (options.minLift !== undefined && !ratioAtLeast([count, transactionCount], [countX, countY], options.minLift)) continue;
      drafts.push(makeRule(itemOf, x, y, count, countX, countY, transactionCount));
    }
  }
  return drafts.sort(compareDrafts).map((draft) => draft.rule);
}
