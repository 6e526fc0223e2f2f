import { describe, expect, it } from 'vitest';
import { pathLengthDistribution, timeToConversion, topPaths } from './diagnostics.js';
import type { Journey } from './types.js';
import { DAY_MS } from './units.js';

const j = (channels: string[], converted: boolean, count: number, value = 0): Journey => ({ channels, converted, count, value });
const journeys: Journey[] = [
  j(['A', 'B'], true, 5, 50),
  j(['A', 'B'], false, 5),
  j(['C'], true, 5, 20),
  j(['C'], false, 1),
  j(['B', 'A', 'C'], true, 2, 30),
  j(['D'], false, 9),
];

describe('topPaths', () => {
  it('ranks by conversions, then journeys, then shorter paths', () => {
    expect(topPaths(journeys, 3)).toEqual([
      // A>B and C both have 5 conversions; A>B has 10 journeys against 6.
      { channels: ['A', 'B'], conversions: 5, nulls: 5, value: 50, conversionRate: 0.5 },
      { channels: ['C'], conversions: 5, nulls: 1, value: 20, conversionRate: 5 / 6 },
      { channels: ['B', 'A', 'C'], conversions: 2, nulls: 0, value: 30, conversionRate: 1 },
    ]);
    expect(topPaths(journeys, 0)).toEqual([]);
  });
});

describe('pathLengthDistribution', () => {
  it('counts converting and non-converting journeys by number of touches', () => {
    expect(pathLengthDistribution(journeys)).toEqual([
      { length: 1, conversions: 5, nulls: 10 },
      { length: 2, conversions: 5, nulls: 5 },
      { length: 3, conversions: 2, nulls: 0 },
    ]);
  });
});

describe('timeToConversion', () => {
  const t0 = Date.UTC(2025, 0, 1);
  it('measures whole days from first touch to conversion, weighted by count', () => {
    const timed: Journey[] = [
      { channels: ['A'], times: [t0], conversionTime: t0 + 0.5 * DAY_MS, converted: true, value: 0, count: 1 },
      { channels: ['A', 'B'], times: [t0, t0 + 2 * DAY_MS], conversionTime: t0 + 3.5 * DAY_MS, converted: true, value: 0, count: 2 },
      // No conversion time: the last touch stands in (6 days).
      { channels: ['B', 'C'], times: [t0 + DAY_MS, t0 + 7 * DAY_MS], converted: true, value: 0, count: 1 },
      { channels: ['C'], converted: true, value: 0, count: 4 },
      { channels: ['C'], times: [t0], converted: false, value: 0, count: 1 },
    ];
    const result = timeToConversion(timed);
    expect(result?.buckets).toEqual([
      { days: 0, conversions: 1 },
      { days: 3, conversions: 2 },
      { days: 6, conversions: 1 },
    ]);
    // Mean (0.5 + 2·3.5 + 6)/4 = 3.375; median of 0.5, 3.5, 3.5, 6 = 3.5.
    expect(result?.meanDays).toBeCloseTo(3.375, 12);
    expect(result?.medianDays).toBeCloseTo(3.5, 12);
    expect(result?.unmeasured).toBe(4);
  });
  it('is null without times', () => {
    expect(timeToConversion(journeys)).toBeNull();
  });
});
