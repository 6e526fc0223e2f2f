import { describe, expect, it } from 'vitest';
import { TRUE_START, TRUE_TRANSITIONS, conversionProbability, expectedJourneyLength, removalEffects, solveLinear } from './chain.js';
import { walkChain } from './journeys.js';
import { cumulative, mulberry32 } from './random.js';

// A two-channel chain solved by hand: start at A; A → B 0.5, conv 0.2, null 0.3;
// B → A 0.1, conv 0.6, null 0.3.
//   x_A = 0.5 x_B + 0.2, x_B = 0.1 x_A + 0.6  ⇒  x_A = 0.5 / 0.95 = 10/19.
//   Without B: x_A = 0.2 ⇒ RE_B = 1 − 0.2 · 19/10 = 0.62. Without A nothing converts: RE_A = 1.
//   Visits: n_A = 1 + 0.5 n_B, n_B = 1 + 0.1 n_A ⇒ n_A = 1.5 / 0.95 = 30/19.
const START = [1, 0];
const ROWS = [
  [0, 0.5, 0.2, 0.3],
  [0.1, 0, 0.6, 0.3],
];

describe('the true journey chain', () => {
  it('has probability rows that sum to one', () => {
    expect(TRUE_START.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(TRUE_START.length).toBeGreaterThanOrEqual(6);
    for (const row of TRUE_TRANSITIONS) {
      expect(row).toHaveLength(TRUE_START.length + 2);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(Math.min(...row)).toBeGreaterThanOrEqual(0);
    }
  });

  it('solves a small linear system', () => {
    // 2x + y = 5, x − y = 1 ⇒ x = 2, y = 1
    const [x, y] = solveLinear(
      [
        [2, 1],
        [1, -1],
      ],
      [5, 1],
    );
    expect(x).toBeCloseTo(2, 12);
    expect(y).toBeCloseTo(1, 12);
  });

  it('matches the hand-solved two-channel chain', () => {
    expect(conversionProbability(START, ROWS)).toBeCloseTo(10 / 19, 12);
    const [reA, reB] = removalEffects(START, ROWS);
    expect(reA).toBeCloseTo(1, 12);
    expect(reB).toBeCloseTo(0.62, 12);
    expect(expectedJourneyLength(START, ROWS)).toBeCloseTo(30 / 19, 12);
  });

  it('gives the conversion probability and removal effects that simulated walks show', () => {
    const rng = mulberry32(7);
    const startSums = cumulative(TRUE_START);
    const rowSums = TRUE_TRANSITIONS.map((r) => cumulative(r));
    const n = 100_000;
    const k = TRUE_START.length;
    let conversions = 0;
    let touches = 0;
    // Removing channel c sends its in-flow to null: the journeys that still convert are
    // exactly the converting ones that never visit c.
    const convertsWithout = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) {
      const { channels, converted } = walkChain(rng, startSums, rowSums);
      touches += channels.length;
      if (!converted) continue;
      conversions++;
      const seen = new Set(channels);
      for (let c = 0; c < k; c++) if (!seen.has(c)) convertsWithout[c]++;
    }
    const p = conversionProbability(TRUE_START, TRUE_TRANSITIONS);
    expect(Math.abs(conversions / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    expect(touches / n).toBeCloseTo(expectedJourneyLength(TRUE_START, TRUE_TRANSITIONS), 1);
    const exact = removalEffects(TRUE_START, TRUE_TRANSITIONS);
    exact.forEach((re, c) => expect(Math.abs(1 - convertsWithout[c] / conversions - re)).toBeLessThan(0.012));
  });
});
