import { describe, expect, it } from 'vitest';
import { attributeMarkov, MARKOV_CONVERSION, MARKOV_NULL, MARKOV_START } from './markov.js';
import { generateSyntheticJourneys } from './synthetic.js';
import type { SyntheticChain } from './synthetic.js';
import { ModelUnavailable } from './types.js';
import type { Journey } from './types.js';

const j = (channels: string[], converted: boolean, count = 1, value = 0): Journey => ({ channels, converted, count, value });

describe('attributeMarkov on hand-solved chains', () => {
  it('solves a chain without loops', () => {
    // AB conv (value 30), A null, B conv (value 60).
    // start→A 2/3, start→B 1/3; A→B 1/2, A→null 1/2; B→conv 1.
    // P(conv) = 2/3·1/2·1 + 1/3·1 = 2/3.
    // Without A: only start→B survives: 1/3 → RE_A = 1 − (1/3)/(2/3) = 1/2. Without B: 0 → RE_B = 1.
    // Credit: 2 conversions × (1/2)/(3/2) = 2/3 for A, 4/3 for B; value 90 splits 30/60.
    const result = attributeMarkov([j(['A', 'B'], true, 1, 30), j(['A'], false), j(['B'], true, 1, 60)]);
    expect(result.conversionProbability).toBeCloseTo(2 / 3, 14);
    expect(result.removalEffects.get('A')).toBeCloseTo(0.5, 14);
    expect(result.removalEffects.get('B')).toBeCloseTo(1, 14);
    expect(result.credits.get('A')?.conversions).toBeCloseTo(2 / 3, 14);
    expect(result.credits.get('B')?.conversions).toBeCloseTo(4 / 3, 14);
    expect(result.credits.get('A')?.value).toBeCloseTo(30, 12);
    expect(result.credits.get('B')?.value).toBeCloseTo(60, 12);
  });

  it('counts repeats as self-loops and solves the linear system exactly', () => {
    // AAB conv ×1, BA null ×1, A conv ×2.
    // Counts: start→A 3, start→B 1; A→A 1, A→B 1, A→conv 2, A→null 1; B→conv 1, B→A 1.
    // x_A = .2x_A + .2x_B + .4 and x_B = .5 + .5x_A  ⇒  .7x_A = .5, x_A = 5/7, x_B = 6/7.
    // P(conv) = 3/4·5/7 + 1/4·6/7 = 3/4.
    // Without A: x_B = .5, P = 1/4·.5 = 1/8, RE_A = 1 − (1/8)/(3/4) = 5/6.
    // Without B: x_A = .2x_A + .4 ⇒ x_A = .5, P = 3/8, RE_B = 1/2.
    // Credit of 3 conversions: A 3·(5/6)/(4/3) = 15/8, B 3·(1/2)/(4/3) = 9/8.
    const result = attributeMarkov([j(['A', 'A', 'B'], true), j(['B', 'A'], false), j(['A'], true, 2)]);
    expect(result.conversionProbability).toBeCloseTo(0.75, 14);
    expect(result.removalEffects.get('A')).toBeCloseTo(5 / 6, 14);
    expect(result.removalEffects.get('B')).toBeCloseTo(0.5, 14);
    expect(result.credits.get('A')?.conversions).toBeCloseTo(15 / 8, 14);
    expect(result.credits.get('B')?.conversions).toBeCloseTo(9 / 8, 14);

    const { states, counts, probabilities } = result.transitions;
    expect(states).toEqual([MARKOV_START, 'A', 'B', MARKOV_CONVERSION, MARKOV_NULL]);
    expect(counts[1]).toEqual([0, 1, 1, 2, 1]); // A → start, A, B, conv, null
    expect(probabilities[2]).toEqual([0, 0.5, 0, 0.5, 0]); // B → A .5, conv .5
    expect(probabilities[3].every((p) => p === 0)).toBe(true); // absorbing rows are empty
  });

  it('gives a single channel all the credit', () => {
    const result = attributeMarkov([j(['A', 'A'], true, 4, 40), j(['A'], false, 6)]);
    expect(result.removalEffects.get('A')).toBe(1);
    expect(result.credits.get('A')).toEqual({ conversions: 4, value: 40 });
  });

  it('reports no conversions as unavailable', () => {
    expect(() => attributeMarkov([j(['A', 'B'], false)])).toThrow(ModelUnavailable);
  });

  it('reproduces the observed conversion rate (flow conservation of the fitted chain)', () => {
    // For the maximum-likelihood chain, expected absorptions equal observed ones: P(conv) = conversions / journeys.
    const journeys = generateSyntheticJourneys(5000, 11, { withTimes: false });
    const conversions = journeys.filter((x) => x.converted).length;
    expect(attributeMarkov(journeys).conversionProbability).toBeCloseTo(conversions / journeys.length, 12);
  });
});

// A known chain: [to search, social, email, display, conversion, null] per row.
const chain: SyntheticChain = {
  channels: ['search', 'social', 'email', 'display'],
  start: [0.4, 0.3, 0.1, 0.2],
  transitions: [
    [0.1, 0.1, 0.2, 0.1, 0.3, 0.2],
    [0.3, 0.2, 0.1, 0.1, 0.05, 0.25],
    [0.2, 0.05, 0.1, 0.05, 0.4, 0.2],
    [0.2, 0.2, 0.1, 0.2, 0.02, 0.28],
  ],
};

/** P(conv) of the TRUE chain by value iteration (a different method from the model's elimination). */
function trueConversionProbability(removed: number): number {
  const n = chain.channels.length;
  let x = new Array<number>(n).fill(0);
  for (let iteration = 0; iteration < 500; iteration++) {
    x = chain.transitions.map((row, i) => (i === removed ? 0 : row[n] + row.slice(0, n).reduce((s, p, k) => s + p * x[k], 0)));
  }
  return chain.start.reduce((s, p, k) => s + p * x[k], 0);
}

describe('attributeMarkov recovers a known chain', () => {
  it('estimates the true removal effects from 200k simulated journeys', () => {
    const journeys = generateSyntheticJourneys(200_000, 2024, { chain, withTimes: false });
    const result = attributeMarkov(journeys);
    const base = trueConversionProbability(-1);
    expect(result.conversionProbability).toBeCloseTo(base, 2);
    const trueEffects = chain.channels.map((_, k) => 1 - trueConversionProbability(k) / base);
    const trueSum = trueEffects.reduce((a, b) => a + b, 0);
    const total = journeys.filter((x) => x.converted).length;
    chain.channels.forEach((name, k) => {
      expect(Math.abs((result.removalEffects.get(name) as number) - trueEffects[k])).toBeLessThan(0.01);
      const share = (result.credits.get(name)?.conversions as number) / total;
      expect(Math.abs(share - trueEffects[k] / trueSum)).toBeLessThan(0.005);
    });
    // The fitted transition matrix is close to the true one.
    const { states, probabilities } = result.transitions;
    const estimated = probabilities[states.indexOf('email')];
    [...chain.channels, MARKOV_CONVERSION, MARKOV_NULL].forEach((to, k) =>
      expect(Math.abs(estimated[states.indexOf(to)] - chain.transitions[2][k])).toBeLessThan(0.01),
    );
  });
});
