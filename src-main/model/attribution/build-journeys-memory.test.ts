/**
 * Journeys are kept in memory all through an attribution run (a million of them on a large
 * project): each journey's channel and time lists must hold their touches and no spare
 * room. Measured as the heap a built set of journeys keeps, after garbage collection.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildJourneys } from './build-journeys.js';
import type { TouchpointRow } from './types.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapUsed(): number {
  collectGarbage();
  collectGarbage();
  return getHeapStatistics().used_heap_size;
}

describe('buildJourneys memory', () => {
  it('keeps about 250 bytes per journey of four or five touches', () => {
    const customers = 50_000;
    const channels = ['Douyin', 'WeChat', 'Baidu', 'Email'];
    const rows: TouchpointRow[] = [];
    for (let c = 0; c < customers; c++) {
      for (let t = 0; t < 4; t++) rows.push({ customerId: `C${c}`, time: Date.UTC(2025, 0, 1) + c * 1000 + t * 3_600_000, channel: channels[(c + t) % 4], event: 'touch', value: null });
      if (c % 3 === 0) rows.push({ customerId: `C${c}`, time: Date.UTC(2025, 0, 1) + c * 1000 + 5 * 3_600_000, channel: 'Douyin', event: 'conversion', value: 10 });
    }
    const before = heapUsed();
    const built = buildJourneys(rows);
    const perJourney = (heapUsed() - before) / built.journeys.length;
    expect(built.journeys.length).toBe(customers);
    // Four touches, and the conversion itself as a fifth on every third journey (a conversion counts as a touch by default).
    expect(built.journeys.every((j, i) => j.channels.length === (i % 3 === 0 ? 5 : 4) && j.times?.length === j.channels.length)).toBe(true);
    // An object and two lists of four or five: ~250 bytes. Lists grown by push reserve 17 slots each (~450 bytes a journey).
    expect(perJourney).toBeLessThan(330);
  });
});
