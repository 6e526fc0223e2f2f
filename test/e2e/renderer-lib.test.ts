// Unit tests of the renderer's pure helpers (vitest's include covers test/**, not src-renderer/**).
import { describe, expect, it } from 'vitest';
import { sumByWeek, weekStart } from '../../src-renderer/src/lib/weekly.js';
import { JobEndings } from '../../src-renderer/src/lib/job-endings.js';
import { fitColumnWidth } from '../../src-renderer/src/lib/column-width.js';

describe('weekStart', () => {
  it('gives the Monday of the week (2025-01-01 was a Wednesday)', () => {
    expect(weekStart('2025-01-01')).toBe('2024-12-30');
    expect(weekStart('2024-12-30')).toBe('2024-12-30');
    expect(weekStart('2025-01-05')).toBe('2024-12-30');
    expect(weekStart('2025-01-06')).toBe('2025-01-06');
    expect(weekStart('2024-03-03T23:59:59')).toBe('2024-02-26');
  });
});

describe('sumByWeek', () => {
  it('sums each series per week and keeps the total', () => {
    const dates = ['2025-01-03', '2025-01-04', '2025-01-06', '2025-01-12', '2025-01-13'];
    const out = sumByWeek({ dates, series: [{ name: 'a', values: [1, 2, 3, 4, 5] }, { name: 'b', values: [10, 0, 0, 0, 1] }] });
    expect(out.dates).toEqual(['2024-12-30', '2025-01-06', '2025-01-13']);
    expect(out.series).toEqual([
      { name: 'a', values: [3, 7, 5] },
      { name: 'b', values: [10, 0, 1] },
    ]);
  });
});

describe('JobEndings', () => {
  it('hands an ending to a waiter that came first', async () => {
    const endings = new JobEndings();
    const waiting = endings.wait('j1');
    endings.settle('j1', { ok: true, result: 42 });
    expect(await waiting).toEqual({ ok: true, result: 42 });
  });

  it('keeps an ending that came before anyone waited (a fast job)', async () => {
    const endings = new JobEndings();
    endings.settle('j2', { ok: false, error: { code: 'error.cancelled', params: {} } });
    expect(await endings.wait('j2')).toEqual({ ok: false, error: { code: 'error.cancelled', params: {} } });
  });
});

describe('fitColumnWidth', () => {
  it('grows with the longest value, counts CJK double, and stays within bounds', () => {
    expect(fitColumnWidth('id', ['1', '22'])).toBe(72);
    const ascii = fitColumnWidth('time', ['2025-12-31T23:59:00']);
    expect(ascii).toBe(Math.round(19 * 7.2 + 26));
    expect(fitColumnWidth('渠道', ['抖音信息流'])).toBe(Math.round(10 * 7.2 + 26));
    expect(fitColumnWidth('text', ['x'.repeat(500)])).toBe(320);
  });
});

describe('CALL_NAMES', () => {
  it('lists exactly the calls of the contract', async () => {
    const { API_NAMES } = await import('@shared/api.js');
    const { CALL_NAMES } = await import('../../src-renderer/src/lib/api-names.js');
    expect([...CALL_NAMES].sort()).toEqual([...API_NAMES].sort());
  });
});
