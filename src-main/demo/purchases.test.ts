import { describe, expect, it } from 'vitest';
import { WEEK_MS } from './calendar.js';
import { TRUE_BGNBD, TRUE_GAMMA_GAMMA, simulatePurchases } from './purchases.js';
import { mulberry32 } from './random.js';
import { expectedRepeats, totalExpectedRepeats } from './testkit.js';

describe('BG/NBD expectation used by the tests', () => {
  it('agrees with the closed form of Fader, Hardie & Lee (2005, eq. 9) on the CDNOW estimates', () => {
    // E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))]
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const t = 39;
    const z = t / (params.alpha + t);
    let term = 1;
    let series = 1;
    for (let j = 0; j < 5000; j++) {
      term *= ((params.r + j) * (params.b + j) * z) / ((params.a + params.b - 1 + j) * (j + 1));
      series += term;
    }
    const closed = ((params.a + params.b - 1) / (params.a - 1)) * (1 - Math.pow(params.alpha / (params.alpha + t), params.r) * series);
    expect(expectedRepeats(t, params, 20_000)).toBeCloseTo(closed, 3);
  });
});

describe('simulated purchases', () => {
  const endMs = Date.UTC(2026, 0, 1);
  const startMs = Date.UTC(2025, 0, 1);
  const rng = mulberry32(2024);
  const n = 40_000;
  const firsts = Array.from({ length: n }, (_, i) => ({
    customerId: `c${i}`,
    time: startMs + Math.floor(rng() * (endMs - startMs - 60_000)),
    source: 'test',
  }));
  const purchases = simulatePurchases(mulberry32(99), firsts, endMs, 'Direct');

  it('make one first purchase per customer, at its conversion time, and repeats inside the period', () => {
    const first = purchases.filter((p) => p.first);
    expect(first).toHaveLength(n);
    expect(first.every((p, i) => p.time === firsts[i].time && p.source === 'test')).toBe(true);
    expect(purchases.every((p) => p.time < endMs && (p.first || p.source === 'Direct'))).toBe(true);
  });

  it('repeat as often as the true BG/NBD process predicts, E[X(T)] over each customer’s T', () => {
    const repeats = purchases.length - n;
    const expected = totalExpectedRepeats(firsts.map((f) => (endMs - f.time) / WEEK_MS), TRUE_BGNBD);
    expect(Math.abs(repeats / expected - 1)).toBeLessThan(0.03);
  });

  it('spend per purchase with the Gamma-Gamma mean pγ/(q − 1)', () => {
    const { p, q, gamma } = TRUE_GAMMA_GAMMA;
    // One purchase per customer keeps the draws independent.
    const first = purchases.filter((x) => x.first);
    const mean = first.reduce((s, x) => s + x.amount, 0) / first.length;
    expect(Math.abs(mean / ((p * gamma) / (q - 1)) - 1)).toBeLessThan(0.03);
  });
});
