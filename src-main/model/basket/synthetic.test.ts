/**
 * Known truth: baskets with one planted association A → B and independent items X1…X4.
 * Tolerances are four standard errors of the estimates (binomial; for a lift the relative
 * standard error is at most √(1/n(X∪Y) + 1/n(Y)) by the delta method, conservative here).
 */
import { describe, expect, it } from 'vitest';
import { associationRules } from './association-rules.js';
import { frequentItemsets } from './frequent-itemsets.js';
import { simulatePlantedBaskets } from './synthetic.js';

const N = 40_000;
const P_A = 0.2;
const CONFIDENCE = 0.6;
const BACKGROUND = 0.05;
const INDEPENDENT = [0.3, 0.4, 0.5, 0.25];
const baskets = simulatePlantedBaskets({
  transactions: N,
  antecedentRate: P_A,
  plantedConfidence: CONFIDENCE,
  backgroundRate: BACKGROUND,
  independentRates: INDEPENDENT,
  seed: 42,
});
// P(B) = 0.2·0.6 + 0.8·0.05 = 0.16; lift(A → B) = 0.6/0.16 = 3.75; P(A | B) = 0.12/0.16 = 0.75.
const P_B = P_A * CONFIDENCE + (1 - P_A) * BACKGROUND;
const LIFT = CONFIDENCE / P_B;
const { itemsets, transactionCount } = frequentItemsets(baskets, { minSupport: 0.01, maxLength: 2 });
const rules = associationRules(itemsets, transactionCount, { minConfidence: 0 });
const rule = (x: string, y: string) => {
  const found = rules.find((r) => r.antecedent.join() === x && r.consequent.join() === y);
  if (found === undefined) throw new Error(`no rule ${x} → ${y}`);
  return found;
};

describe('planted association', () => {
  it('recovers the planted confidence of A → B and of B → A', () => {
    const seConfidence = Math.sqrt((CONFIDENCE * (1 - CONFIDENCE)) / (N * P_A));
    expect(Math.abs(rule('A', 'B').confidence - CONFIDENCE)).toBeLessThan(4 * seConfidence);
    const reverse = (P_A * CONFIDENCE) / P_B;
    expect(Math.abs(rule('B', 'A').confidence - reverse)).toBeLessThan(4 * Math.sqrt((reverse * (1 - reverse)) / (N * P_B)));
  });

  it('finds lift(A → B) ≈ 3.75, far above 1, and ranks it first', () => {
    const relativeSe = Math.sqrt(1 / (N * P_A * CONFIDENCE) + 1 / (N * P_B));
    expect(Math.abs(rule('A', 'B').lift - LIFT)).toBeLessThan(4 * relativeSe * LIFT);
    expect(rule('B', 'A').lift).toBe(rule('A', 'B').lift);
    expect(rules.slice(0, 2).map((r) => `${r.antecedent}→${r.consequent}`).sort()).toEqual(['A→B', 'B→A']);
    expect(rule('A', 'B').leverage).toBeGreaterThan(0.08);
  });

  it('gives lift ≈ 1 for every independent pair', () => {
    const rate = new Map<string, number>([['A', P_A], ['B', P_B], ...INDEPENDENT.map((p, i): [string, number] => [`X${i + 1}`, p])]);
    let pairs = 0;
    for (const r of rules) {
      const [x, y] = [r.antecedent[0], r.consequent[0]];
      if ((x === 'A' && y === 'B') || (x === 'B' && y === 'A')) continue;
      const expectedJoint = N * (rate.get(x) as number) * (rate.get(y) as number);
      expect(Math.abs(r.lift - 1)).toBeLessThan(4 * Math.sqrt(1 / expectedJoint + 1 / (N * (rate.get(y) as number))));
      pairs++;
    }
    // 6 items, 15 pairs, both directions, A–B left out.
    expect(pairs).toBe(28);
  });

  it('is reproducible from its seed', () => {
    const again = simulatePlantedBaskets({ transactions: 100, antecedentRate: P_A, plantedConfidence: CONFIDENCE, backgroundRate: BACKGROUND, independentRates: INDEPENDENT, seed: 42 });
    expect(again).toEqual(baskets.slice(0, 100));
  });
});
