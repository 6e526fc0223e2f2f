import { describe, expect, it } from 'vitest';
import { buildJourneys } from './build-journeys.js';
import type { TouchpointRow } from './types.js';
import { DAY_MS } from './units.js';

const t0 = Date.UTC(2025, 2, 1);
const day = (d: number): number => t0 + d * DAY_MS;
const touch = (customerId: string, d: number, channel: string): TouchpointRow => ({ customerId, time: day(d), channel, event: 'touch', value: null });
const conversion = (customerId: string, d: number, value: number | null, channel = 'site'): TouchpointRow => ({
  customerId,
  time: day(d),
  channel,
  event: 'conversion',
  value,
});

describe('buildJourneys', () => {
  it('ends a journey at each conversion, in time order, and keeps trailing touches as a null exit', () => {
    const rows = [conversion('c1', 12, 50), touch('c1', 10, 'B'), touch('c1', 0, 'A'), touch('c1', 20, 'C'), { ...touch('c1', 25, 'D'), event: null }];
    const { journeys, summary } = buildJourneys(rows, { conversionIsTouch: false });
    expect(journeys).toEqual([
      { channels: ['A', 'B'], times: [day(0), day(10)], conversionTime: day(12), converted: true, value: 50, count: 1 },
      { channels: ['C', 'D'], times: [day(20), day(25)], converted: false, value: 0, count: 1 },
    ]);
    expect(summary).toMatchObject({ customers: 1, touches: 4, conversions: 1, conversionValue: 50, conversionSource: 'events', convertingJourneys: 1, nonConvertingJourneys: 1 });
  });

  it('keeps touches older than the lookback as their own non-converting journey', () => {
    // Lookback 30 days before the conversion on day 45 reaches back to day 15: A (day 0) falls out.
    const { journeys, summary } = buildJourneys([touch('c2', 0, 'A'), touch('c2', 15, 'B'), touch('c2', 40, 'C'), conversion('c2', 45, 10)], {
      conversionIsTouch: false,
    });
    expect(journeys.map((x) => [x.channels, x.converted])).toEqual([
      [['A'], false],
      [['B', 'C'], true],
    ]);
    expect(summary.touchesOutsideLookback).toBe(1);
    const shorter = buildJourneys([touch('c2', 0, 'A'), touch('c2', 15, 'B'), touch('c2', 40, 'C'), conversion('c2', 45, 10)], {
      lookbackDays: 7,
      conversionIsTouch: false,
    });
    expect(shorter.journeys.map((x) => x.channels)).toEqual([['A', 'B'], ['C']]);
  });

  it('counts a conversion with no touch in its window instead of inventing a journey', () => {
    const { journeys, summary } = buildJourneys([touch('c3', 0, 'A'), conversion('c3', 1, 5), conversion('c3', 2, 7)], { conversionIsTouch: false });
    expect(journeys).toHaveLength(1);
    expect(summary).toMatchObject({ conversions: 2, conversionValue: 12, conversionsWithoutTouches: 1, valueWithoutTouches: 7 });
  });

  it('treats the conversion row as the closing touch by default', () => {
    const { journeys } = buildJourneys([touch('c4', 0, 'A'), conversion('c4', 1, null, 'B')]);
    expect(journeys[0]).toMatchObject({ channels: ['A', 'B'], converted: true, value: 0 });
  });

  it('counts a touch logged in the same millisecond as the conversion', () => {
    const { journeys } = buildJourneys([conversion('c5', 3, 9), touch('c5', 3, 'A')], { conversionIsTouch: false });
    expect(journeys).toEqual([{ channels: ['A'], times: [day(3)], conversionTime: day(3), converted: true, value: 9, count: 1 }]);
  });

  it('uses orders as conversions only for customers without conversion events', () => {
    const rows = [touch('e', 0, 'A'), conversion('e', 1, 20), touch('o', 0, 'B'), touch('o', 2, 'C'), touch('o', 9, 'D')];
    const orders = [
      { customerId: 'e', time: day(5), revenue: 999 },
      { customerId: 'o', time: day(4), revenue: 80 },
    ];
    const { journeys, summary } = buildJourneys(rows, { orders, conversionIsTouch: false });
    expect(journeys.map((x) => [x.channels, x.converted, x.value])).toEqual([
      [['A'], true, 20],
      [['B', 'C'], true, 80],
      [['D'], false, 0],
    ]);
    expect(summary.conversionSource).toBe('mixed');
    expect(buildJourneys([touch('o', 0, 'B')], { orders }).summary.conversionSource).toBe('orders');
  });

  it('reports rows it cannot place and runs on journeys without any conversion', () => {
    const { journeys, summary } = buildJourneys([touch('x', 0, 'A'), { ...touch('x', 1, 'B'), time: Number.NaN }, touch('x', 2, '  ')]);
    expect(summary.invalidRows).toBe(2);
    expect(summary.conversionSource).toBe('none');
    expect(journeys).toEqual([{ channels: ['A'], times: [day(0)], converted: false, value: 0, count: 1 }]);
  });

  it('orders a long, shuffled log', () => {
    // 100 touches at days 0..99 (channel = day parity) given newest first, converting on day 99.5 and 105:
    // the first conversion takes days 70..99 (30-day lookback: ≥ 69.5), days 0..69 become a null journey.
    const rows = [conversion('L', 105, 3), ...Array.from({ length: 100 }, (_, k) => touch('L', 99 - k, (99 - k) % 2 ? 'odd' : 'even')), conversion('L', 99.5, 1)];
    const { journeys, summary } = buildJourneys(rows, { conversionIsTouch: false });
    expect(journeys.map((x) => [x.channels.length, x.converted, x.times?.[0]])).toEqual([
      [70, false, day(0)],
      [30, true, day(70)],
    ]);
    expect(journeys[1].times).toEqual(Array.from({ length: 30 }, (_, k) => day(70 + k)));
    expect(summary).toMatchObject({ touchesOutsideLookback: 70, conversionsWithoutTouches: 1 });
  });

  it('rejects a non-positive lookback', () => {
    expect(() => buildJourneys([], { lookbackDays: 0 })).toThrow(RangeError);
  });
});
