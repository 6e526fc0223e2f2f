import { describe, expect, it } from 'vitest';
import { attributeAll, creditRows } from './attribute-all.js';
import { journeysFromPaths } from './journeys-from-paths.js';
import { generateSyntheticJourneys } from './synthetic.js';
import { ATTRIBUTION_MODELS } from './types.js';
import type { Journey } from './types.js';

const sum = (credits: Map<string, { conversions: number; value: number }> | undefined, field: 'conversions' | 'value'): number =>
  [...(credits?.values() ?? [])].reduce((s, c) => s + c[field], 0);

describe('attributeAll', () => {
  it('runs all seven models and every one credits exactly the conversions and value observed', () => {
    const journeys = generateSyntheticJourneys(3000, 5);
    const results = attributeAll(journeys);
    expect(results.unavailable).toEqual([]);
    expect(Object.keys(results.credits).sort()).toEqual([...ATTRIBUTION_MODELS].sort());
    const conversions = journeys.filter((j) => j.converted).length;
    const value = journeys.reduce((s, j) => s + j.value, 0);
    expect(results.conversions).toBe(conversions);
    for (const model of ATTRIBUTION_MODELS) {
      expect(sum(results.credits[model], 'conversions')).toBeCloseTo(conversions, 6);
      expect(sum(results.credits[model], 'value')).toBeCloseTo(value, 4);
    }
    expect(results.shapley?.method).toBe('exact');
    expect(results.markov?.conversionProbability).toBeCloseTo(conversions / journeys.length, 10);
  });

  it('reports time-decay as unavailable on a paths export and runs the rest', () => {
    const { journeys } = journeysFromPaths([
      { path: 'A > B', conversions: 10, value: 100, nulls: 30 },
      { path: 'B', conversions: 5, value: 40, nulls: 50 },
    ]);
    const results = attributeAll(journeys, { models: ['time-decay', 'linear', 'markov'] });
    expect(results.unavailable).toEqual([{ model: 'time-decay', code: 'time-decay-needs-timestamps', params: { conversionsWithoutTimes: 15 } }]);
    expect(results.credits['time-decay']).toBeUndefined();
    expect(creditRows(results.credits.linear as Map<string, { conversions: number; value: number }>)).toEqual([
      { channel: 'B', conversions: 10, value: 90 },
      { channel: 'A', conversions: 5, value: 50 },
    ]);
  });

  it('explains journeys without conversions, no journeys and a single channel', () => {
    const none = attributeAll([{ channels: ['A', 'B'], converted: false, value: 0, count: 4 }]);
    expect(none.notices.map((n) => n.code)).toEqual(['no-conversions']);
    expect(none.unavailable.map((n) => [n.model, n.code])).toEqual([['markov', 'no-conversions']]);
    expect(sum(none.credits.linear, 'conversions')).toBe(0);

    const empty = attributeAll([{ channels: [], converted: true, value: 5, count: 1 }]);
    expect(empty.notices.map((n) => n.code)).toEqual(['no-journeys']);
    expect(empty.skippedJourneys).toBe(1);

    const single = attributeAll([{ channels: ['A', 'A'], times: [0, 1], converted: true, value: 5, count: 2 }]);
    expect(single.notices.map((n) => n.code)).toEqual(['single-channel']);
    for (const model of ATTRIBUTION_MODELS) expect(single.credits[model]?.get('A')).toEqual({ conversions: 2, value: 5 });
  });

  it('falls back to Monte Carlo Shapley above 15 channels and says so', () => {
    const journeys: Journey[] = Array.from({ length: 17 }, (_, i) => ({ channels: [`c${i}`, `c${(i + 1) % 17}`], converted: true, value: 1, count: 1 }));
    const results = attributeAll(journeys, { models: ['shapley'], shapley: { samples: 200, seed: 1 } });
    expect(results.shapley?.method).toBe('monte-carlo');
    expect(results.notices).toEqual([{ model: 'shapley', code: 'shapley-monte-carlo', params: { channels: 17, samples: 200 } }]);
    // Each channel is in exactly two 2-channel sets: Shapley gives each 1/2 + 1/2 = 1 conversion.
    for (const credit of results.credits.shapley?.values() ?? []) expect(credit.conversions).toBeCloseTo(1, 0);
  });
});
