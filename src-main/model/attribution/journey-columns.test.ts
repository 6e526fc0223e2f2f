import { describe, expect, it } from 'vitest';
import { attributeAll } from './attribute-all.js';
import { buildJourneyColumns, buildJourneys } from './build-journeys.js';
import { timeToConversion } from './diagnostics.js';
import { filterJourneyColumns, journeyAt, journeyMoment } from './journey-columns.js';
import { compileJourneys } from './journey-table.js';
import { mulberry32 } from '../random.js';
import type { TouchpointRow } from './types.js';
import { DAY_MS } from './units.js';

/** A messy log: customers interleaved, conversions with and without value, touches long before a conversion. */
function randomLog(seed: number, customers: number): TouchpointRow[] {
  const random = mulberry32(seed);
  const channels = ['抖音', 'WeChat', 'Baidu', 'Email', 'SEM'];
  const rows: TouchpointRow[] = [];
  for (let c = 0; c < customers; c++) {
    let t = Date.UTC(2025, 0, 1) + Math.floor(random() * 90) * DAY_MS;
    const events = 1 + Math.floor(random() * 8);
    for (let e = 0; e < events; e++) {
      t += Math.floor(random() * 20 * DAY_MS);
      const converts = random() < 0.25;
      rows.push({
        customerId: `c${c}`,
        time: t,
        channel: channels[Math.floor(random() * channels.length)],
        event: converts ? 'conversion' : 'touch',
        value: converts && random() < 0.8 ? Math.round(random() * 5000) / 100 : null,
      });
    }
  }
  // Stored order is not time order.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}

describe('journeys as columns', () => {
  const rows = randomLog(11, 3000);
  const columns = buildJourneyColumns(rows, { lookbackDays: 30 });
  const objects = buildJourneys(rows, { lookbackDays: 30 }).journeys;

  it('hold the journeys the objects hold, in the same order', () => {
    expect(columns.journeys.size).toBe(objects.length);
    expect(Array.from({ length: columns.journeys.size }, (_, j) => journeyAt(columns.journeys, j))).toEqual(objects);
    expect(objects.some((j) => j.converted) && objects.some((j) => !j.converted)).toBe(true);
  });

  it('compile to the same table and give every model and the time lag the same figures', () => {
    const fromColumns = compileJourneys(columns.journeys);
    const fromObjects = compileJourneys(objects);
    expect(fromColumns).toEqual(fromObjects);
    expect(fromColumns.timedConversions?.size).toBe(objects.filter((j) => j.converted).length);
    expect(attributeAll(fromColumns)).toEqual(attributeAll(fromObjects));
    expect(timeToConversion(columns.journeys)).toEqual(timeToConversion(objects));
  });

  it('filter by period as the objects do (conversion time, else the last touch)', () => {
    const lo = Date.UTC(2025, 2, 1);
    const hi = Date.UTC(2025, 3, 30);
    const kept = filterJourneyColumns(columns.journeys, (j) => journeyMoment(columns.journeys, j) >= lo && journeyMoment(columns.journeys, j) <= hi);
    const expected = objects.filter((j) => {
      const at = j.conversionTime ?? (j.times as number[])[(j.times as number[]).length - 1];
      return at >= lo && at <= hi;
    });
    expect(kept.size).toBeLessThan(objects.length);
    expect(Array.from({ length: kept.size }, (_, j) => journeyAt(kept, j))).toEqual(expected);
    expect(compileJourneys(kept)).toEqual(compileJourneys(expected));
  });

  it('cost a few bytes a touch, not an object and two lists a journey', () => {
    const { journeys } = columns;
    const bytes = journeys.start.byteLength + journeys.channel.byteLength + journeys.time.byteLength + journeys.converted.byteLength + journeys.value.byteLength + journeys.conversionTime.byteLength;
    expect(bytes / journeys.size).toBeLessThan(21 + 12 * (journeys.channel.length / journeys.size) + 1);
  });
});
