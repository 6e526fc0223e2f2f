import { describe, expect, it } from 'vitest';
import { defaultSyntheticChain, generateSyntheticJourneys } from './synthetic.js';

describe('generateSyntheticJourneys', () => {
  it('is reproducible from the seed and differs across seeds', () => {
    expect(generateSyntheticJourneys(200, 1)).toEqual(generateSyntheticJourneys(200, 1));
    expect(generateSyntheticJourneys(200, 1)).not.toEqual(generateSyntheticJourneys(200, 2));
  });

  it('draws lengths and conversions from the chain', () => {
    // Default chain: every touch exits with probability 0.25 → geometric length with mean 4;
    // channel i converts with 0.02 + 0.1·i/11 of its exits' 0.25.
    const journeys = generateSyntheticJourneys(40_000, 9, { withTimes: false });
    const meanLength = journeys.reduce((s, j) => s + j.channels.length, 0) / journeys.length;
    expect(meanLength).toBeGreaterThan(3.9);
    expect(meanLength).toBeLessThan(4.1);
    // P(conversion | exit from channel i) = (0.02 + 0.1·i/11) / 0.25, checked on the last channel of each journey.
    const chain = defaultSyntheticChain();
    const last = chain.channels[11];
    const endingThere = journeys.filter((j) => j.channels[j.channels.length - 1] === last);
    const rate = endingThere.filter((j) => j.converted).length / endingThere.length;
    expect(rate).toBeCloseTo(0.12 / 0.25, 1);
    expect(journeys.every((j) => j.times === undefined)).toBe(true);
  });

  it('gives touch times in order and a conversion time after them', () => {
    for (const journey of generateSyntheticJourneys(500, 3)) {
      const times = journey.times as readonly number[];
      expect(times).toHaveLength(journey.channels.length);
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]);
      if (journey.converted) expect(journey.conversionTime as number).toBeGreaterThanOrEqual(times[times.length - 1]);
      else expect(journey.value).toBe(0);
    }
  });

  it('rejects malformed chains', () => {
    const bad = { channels: ['a'], start: [1], transitions: [[0.5, 0.2, 0.2]] };
    expect(() => generateSyntheticJourneys(1, 1, { chain: bad })).toThrow(RangeError);
    expect(() => generateSyntheticJourneys(1, 1, { chain: { ...bad, transitions: [[0.5, 0.2]] } })).toThrow(RangeError);
  });
});
