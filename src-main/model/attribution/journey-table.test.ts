import { describe, expect, it } from 'vitest';
import { compileJourneys, toJourneyTable } from './journey-table.js';
import { mulberry32 } from '../random.js';
import type { Journey } from './types.js';

describe('compileJourneys', () => {
  it('merges identical paths and keeps converting and non-converting weights apart', () => {
    const table = compileJourneys([
      { channels: ['A', 'B'], converted: true, value: 10, count: 2 },
      { channels: ['B'], converted: false, value: 0, count: 3 },
      { channels: ['A', 'B'], converted: false, value: 0, count: 1 },
      { channels: ['A', 'B'], converted: true, value: 5, count: 1 },
      { channels: [], converted: true, value: 9, count: 1 },
      { channels: ['C'], converted: true, value: 9, count: 0 },
    ]);
    expect(table.channels).toEqual(['A', 'B']);
    expect(table.pathCount).toBe(2);
    expect(Array.from(table.conversions)).toEqual([3, 0]);
    expect(Array.from(table.values)).toEqual([15, 0]);
    expect(Array.from(table.nulls)).toEqual([1, 3]);
    expect(table).toMatchObject({ totalJourneys: 7, totalConversions: 3, totalValue: 15, skippedJourneys: 2, timedConversions: null, conversionsWithoutTimes: 3 });
    expect(toJourneyTable(table)).toBe(table);
  });

  it('agrees with string-key aggregation on many distinct paths (hash table growth and collisions)', () => {
    const random = mulberry32(4);
    const journeys: Journey[] = Array.from({ length: 30_000 }, () => {
      const channels = Array.from({ length: 1 + Math.floor(random() * 6) }, () => `ch${Math.floor(random() * 9)}`);
      return { channels, converted: random() < 0.3, value: 1, count: 1 };
    });
    const expected = new Map<string, [number, number]>();
    for (const j of journeys) {
      const key = j.channels.join('>');
      const [c, n] = expected.get(key) ?? [0, 0];
      expected.set(key, j.converted ? [c + 1, n] : [c, n + 1]);
    }
    const table = compileJourneys(journeys);
    expect(table.pathCount).toBe(expected.size);
    for (let p = 0; p < table.pathCount; p++) {
      const key = Array.from(table.steps.subarray(table.offsets[p], table.offsets[p + 1]), (id) => table.channels[id]).join('>');
      expect([table.conversions[p], table.nulls[p]]).toEqual(expected.get(key));
    }
  });
});
