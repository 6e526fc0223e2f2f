import { describe, expect, it } from 'vitest';
import { attributeFirstTouch, attributeLastTouch, attributeLinear, attributePositionBased } from './rule-based.js';
import { attributeTimeDecay } from './time-decay.js';
import { ModelUnavailable } from './types.js';
import type { ChannelCredits, Journey } from './types.js';
import { DAY_MS } from './units.js';

// Four converting paths (5 conversions, value 240) and one non-converting path that must earn nothing.
const journeys: Journey[] = [
  { channels: ['A', 'B', 'C'], converted: true, value: 100, count: 1 },
  { channels: ['B', 'A'], converted: true, value: 50, count: 2 },
  { channels: ['C'], converted: true, value: 30, count: 1 },
  { channels: ['A', 'A', 'B'], converted: true, value: 60, count: 1 },
  { channels: ['A', 'C'], converted: false, value: 0, count: 5 },
];

function expectCredits(credits: ChannelCredits, expected: Record<string, [number, number]>): void {
  expect([...credits.keys()].sort()).toEqual(Object.keys(expected).sort());
  for (const [channel, [conversions, value]] of Object.entries(expected)) {
    expect(credits.get(channel)?.conversions).toBeCloseTo(conversions, 12);
    expect(credits.get(channel)?.value).toBeCloseTo(value, 10);
  }
}

describe('first and last touch', () => {
  it('gives the whole conversion to the first channel', () => {
    // A opens ABC (100) and AAB (60); B opens BA ×2 (50); C opens C (30).
    expectCredits(attributeFirstTouch(journeys), { A: [2, 160], B: [2, 50], C: [1, 30] });
  });
  it('gives the whole conversion to the last channel', () => {
    // C closes ABC (100) and C (30); A closes BA ×2 (50); B closes AAB (60).
    expectCredits(attributeLastTouch(journeys), { A: [2, 50], B: [1, 60], C: [2, 130] });
  });
});

describe('linear', () => {
  it('splits each conversion evenly over touches, repeats included', () => {
    // ABC: 1/3 each, value 100/3 each. BA ×2: 1 each, 25 each. C: 1, 30. AAB: A 2/3 (40), B 1/3 (20).
    // A = 1/3 + 1 + 2/3 = 2, value 100/3 + 25 + 40; B = 1/3 + 1 + 1/3, value 100/3 + 25 + 20; C = 1/3 + 1, value 100/3 + 30.
    expectCredits(attributeLinear(journeys), {
      A: [2, 100 / 3 + 65],
      B: [5 / 3, 100 / 3 + 45],
      C: [4 / 3, 100 / 3 + 30],
    });
  });
});

describe('position-based', () => {
  it('gives 40/20/40, 50/50 for two touches and 100 % for one', () => {
    // ABC: A .4 (40) B .2 (20) C .4 (40). BA ×2: B 1 (25) A 1 (25). C: 1 (30). AAB: A .4+.2 = .6 (36), B .4 (24).
    expectCredits(attributePositionBased(journeys), { A: [2, 101], B: [1.6, 69], C: [1.4, 70] });
  });
  it('spreads the middle share over several middle touches and accepts other weights', () => {
    const path: Journey[] = [{ channels: ['A', 'B', 'C', 'D'], converted: true, value: 10, count: 1 }];
    // 30/40/30: the middle 40 % splits 20/20 over B and C.
    expectCredits(attributePositionBased(path, { first: 0.3, middle: 0.4, last: 0.3 }), {
      A: [0.3, 3],
      B: [0.2, 2],
      C: [0.2, 2],
      D: [0.3, 3],
    });
    // Unnormalised .6/0/.2 reads as .75/0/.25; two touches split first:last = 3:1.
    const two: Journey[] = [{ channels: ['A', 'B'], converted: true, value: 8, count: 1 }];
    expectCredits(attributePositionBased(two, { first: 0.6, middle: 0, last: 0.2 }), { A: [0.75, 6], B: [0.25, 2] });
  });
  it('rejects negative weights', () => {
    expect(() => attributePositionBased(journeys, { first: -1, middle: 1, last: 1 })).toThrow(RangeError);
  });
});

describe('time-decay', () => {
  const t0 = Date.UTC(2025, 0, 1);
  const timed: Journey[] = [
    {
      channels: ['A', 'B', 'C'],
      times: [t0, t0 + 7 * DAY_MS, t0 + 14 * DAY_MS],
      conversionTime: t0 + 14 * DAY_MS,
      converted: true,
      value: 70,
      count: 1,
    },
    { channels: ['B', 'B'], times: [t0, t0 + 7 * DAY_MS], conversionTime: t0 + 14 * DAY_MS, converted: true, value: 30, count: 1 },
  ];
  it('halves the weight every half-life, normalised per journey', () => {
    // Journey 1: weights 2^-2, 2^-1, 2^0 = .25, .5, 1 (sum 1.75): A 1/7, B 2/7, C 4/7 of 1 conversion and 70.
    // Journey 2: both touches are B, so B takes the whole conversion and 30.
    expectCredits(attributeTimeDecay(timed, 7), { A: [1 / 7, 10], B: [2 / 7 + 1, 20 + 30], C: [4 / 7, 40] });
  });
  it('uses the half-life given', () => {
    // Half-life 14 days: weights 2^-1, 2^-.5, 1.
    const total = 0.5 + Math.SQRT1_2 + 1;
    const credits = attributeTimeDecay([timed[0]], 14);
    expect(credits.get('A')?.conversions).toBeCloseTo(0.5 / total, 12);
    expect(credits.get('B')?.conversions).toBeCloseTo(Math.SQRT1_2 / total, 12);
    expect(credits.get('C')?.value).toBeCloseTo((70 * 1) / total, 10);
  });
  it('does not underflow when every touch is years before the conversion', () => {
    const old: Journey[] = [{ channels: ['A', 'B'], times: [t0, t0 + DAY_MS * 7], conversionTime: t0 + 20_000 * DAY_MS, converted: true, value: 3, count: 3 }];
    // Weights relative to each other: 1/2 and 1 → A 1/3, B 2/3 of 3 conversions.
    expectCredits(attributeTimeDecay(old), { A: [1, 1], B: [2, 2] });
  });
  it('is unavailable, not faked, without timestamps', () => {
    let thrown: unknown;
    try {
      attributeTimeDecay(journeys);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ModelUnavailable);
    expect((thrown as ModelUnavailable).code).toBe('time-decay-needs-timestamps');
    expect((thrown as ModelUnavailable).params.conversionsWithoutTimes).toBe(5);
  });
});
