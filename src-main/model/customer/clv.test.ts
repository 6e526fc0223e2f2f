import { describe, expect, it } from 'vitest';
import { conditionalExpectedPurchases, probabilityAlive } from './bgnbd-predict.js';
import { highValueAtRisk, predictCustomerValues, WEEKS_PER_MONTH, type CustomerValue } from './clv.js';
import { conditionalExpectedSpend } from './gamma-gamma.js';
import type { CustomerSummary } from './rfm-summary.js';
import { mulberry32 } from '../random.js';

const BG = { r: 0.242594, alpha: 4.413603, a: 0.792923, b: 2.425909 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };
const summary = (customerId: string, x: number, tx: number, T: number, monetary: number): CustomerSummary => ({
  customerId,
  x,
  tx,
  T,
  monetary,
  holdoutPurchases: 0,
  firstPurchase: '2025-01-01',
});
const customers = [summary('A', 2, 30.43, 38.86, 40), summary('B', 0, 0, 20, 0), summary('C', 6, 10, 39, 15), summary('D', 1, 1, 38, 0)];

describe('predictCustomerValues', () => {
  it('without discounting, CLV = P(alive) · E[Y(horizon)] · spend · margin', () => {
    const values = predictCustomerValues(customers, BG, GG, 30, { horizonWeeks: 52, margin: 0.4, discountRateMonthly: 0 });
    for (const [i, c] of customers.entries()) {
      const purchases = conditionalExpectedPurchases(BG, c.x, c.tx, c.T, 52);
      expect(values[i].expectedPurchases).toBeCloseTo(purchases, 12);
      expect(values[i].clv).toBeCloseTo(purchases * values[i].expectedSpend * 0.4, 10);
      expect(values[i].pAlive).toBeCloseTo(probabilityAlive(BG, c.x, c.tx, c.T), 14);
    }
  });

  it('discounts each month by (1 + d)^m on the purchases expected in that month', () => {
    const [value] = predictCustomerValues([customers[0]], BG, GG, 30, { horizonWeeks: 3 * WEEKS_PER_MONTH, margin: 1, discountRateMonthly: 0.05 });
    const at = (months: number): number => conditionalExpectedPurchases(BG, 2, 30.43, 38.86, months * WEEKS_PER_MONTH);
    const monthly = [at(1), at(2) - at(1), at(3) - at(2)];
    const expected = monthly.reduce((s, p, m) => s + p / 1.05 ** (m + 1), 0) * conditionalExpectedSpend(GG, 2, 40);
    expect(value.clv).toBeCloseTo(expected, 10);
  });

  it('uses the population mean for customers without repeat spend, and the fallback without a spend model', () => {
    const values = predictCustomerValues(customers, BG, GG, 30);
    const population = (GG.p * GG.gamma) / (GG.q - 1);
    expect(values[1].expectedSpend).toBeCloseTo(population, 12);
    expect(values[3].expectedSpend).toBeCloseTo(population, 12);
    expect(predictCustomerValues(customers, BG, null, 30).every((v) => v.expectedSpend === 30)).toBe(true);
    expect(predictCustomerValues(customers, BG, { p: 1, q: 0.8, gamma: 5 }, 30)[1].expectedSpend).toBe(30);
  });
});

describe('highValueAtRisk', () => {
  it('keeps the top value at stake with low P(alive), ordered by expected loss', () => {
    const v = (customerId: string, pAlive: number, clvIfAlive: number): CustomerValue => ({
      customerId,
      x: 1,
      tx: 1,
      T: 2,
      monetary: 1,
      pAlive,
      expectedPurchases: 0,
      expectedSpend: 0,
      clv: pAlive * clvIfAlive,
      clvIfAlive,
      holdoutActual: null,
      holdoutPredicted: null,
    });
    const list = [v('a', 0.9, 1000), v('b', 0.2, 900), v('c', 0.1, 800), v('d', 0.1, 10), v('e', 0.3, 5)];
    expect(highValueAtRisk(list, { valueShare: 0.6, maxPAlive: 0.5 }).map((x) => x.customerId)).toEqual(['b', 'c']);
  });
});

describe('highValueAtRisk picks the top by value without sorting everyone', () => {
  it('gives exactly what a stable sort of all customers gives, ties and signed zeros included', () => {
    const random = mulberry32(3);
    const values = Array.from({ length: 5000 }, (_, i) => ({
      customerId: `c${i}`,
      x: 0,
      tx: 0,
      T: 1,
      monetary: 0,
      pAlive: Math.round(random() * 10) / 10,
      expectedPurchases: 0,
      expectedSpend: 0,
      clv: 0,
      // Few distinct values: the cut falls inside a run of ties.
      clvIfAlive: i % 97 === 0 ? -0 : Math.round(random() * 20) * 5,
      holdoutActual: null,
      holdoutPredicted: null,
    }));
    const loss = (v: (typeof values)[number]): number => (1 - v.pAlive) * v.clvIfAlive;
    for (const valueShare of [0.2, 0.013, 0.5, 0.999]) {
      const top = [...values].sort((u, v) => v.clvIfAlive - u.clvIfAlive).slice(0, Math.ceil(values.length * valueShare));
      const naive = top.filter((v) => v.pAlive < 0.5).sort((u, v) => loss(v) - loss(u));
      expect(highValueAtRisk(values, { valueShare }).map((v) => v.customerId)).toEqual(naive.map((v) => v.customerId));
    }
    // Equal losses from different values at stake: 0.8 × 50 = 1.0 × 40, the larger stake first.
    const filler = Array.from({ length: 8 }, (_, i) => ({ ...values[i], pAlive: 0.9, clvIfAlive: 1 }));
    const tie = [{ ...values[1], customerId: 'small', pAlive: 0, clvIfAlive: 40 }, ...filler, { ...values[2], customerId: 'large', pAlive: 0.2, clvIfAlive: 50 }];
    expect(highValueAtRisk(tie).map((v) => v.customerId)).toEqual(['large', 'small']);
    // An infinite or NaN value falls back to the plain sorts, whatever order they give.
    const odd = values.map((v, i) => (i % 1000 === 1 ? { ...v, clvIfAlive: i % 2000 === 1 ? Infinity : NaN } : v));
    const top = [...odd].sort((u, v) => v.clvIfAlive - u.clvIfAlive).slice(0, Math.ceil(odd.length * 0.2));
    const naive = top.filter((v) => v.pAlive < 0.5).sort((u, v) => loss(v) - loss(u));
    expect(highValueAtRisk(odd).map((v) => v.customerId)).toEqual(naive.map((v) => v.customerId));
  });
});
