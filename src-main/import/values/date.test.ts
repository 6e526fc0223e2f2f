import { describe, it, expect } from 'vitest';
import { parseDate, parseDateTime } from './date.js';
import { civilFromDays, excelSerialToParts } from './calendar.js';

describe('parseDate', () => {
  it.each([
    ['2025-01-03', '2025-01-03'],
    ['2025-01-03 14:05', '2025-01-03'],
    ['2025-01-03T14:05:00', '2025-01-03'],
    ['2025-01-03T14:05:00Z', '2025-01-03'],
    ['2025-01-03T23:30:00+08:00', '2025-01-03'],
    ['2025-01-03T23:30:00.000Z', '2025-01-03'],
    ['2025/1/3', '2025-01-03'],
    ['2025/01/03', '2025-01-03'],
    ['2025.1.3', '2025-01-03'],
    ['2025-1-3', '2025-01-03'],
    ['2025年1月3日', '2025-01-03'],
    ['2025年1月3日 14:05', '2025-01-03'],
    ['２０２５年１月３日', '2025-01-03'],
    ['25年1月3日', '2025-01-03'],
    ['2025年1月', '2025-01-01'],
    ['2025-01', '2025-01-01'],
    ['20250103', '2025-01-03'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['3 Jan 2025', '2025-01-03'],
    ['03-Jan-25', '2025-01-03'],
    ['Jan 3, 2025', '2025-01-03'],
    ['January 3rd 2025', '2025-01-03'],
    ['Friday, January 3, 2025', '2025-01-03'],
    ['2025-Jan-03', '2025-01-03'],
    ['Sept 30 2024', '2024-09-30'],
    ['Jan 2025', '2025-01-01'],
    ['2025-01-03 (Fri)', '2025-01-03'],
    ['2025/1/3 星期五', '2025-01-03'],
    ['45658', '2025-01-01'],
    ['45658.75', '2025-01-01'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw, 'ymd')).toBe(expected);
  });

  it('reads a/b/y in the column order, with two-digit years', () => {
    expect(parseDate('03/01/2025', 'dmy')).toBe('2025-01-03');
    expect(parseDate('03/01/2025', 'mdy')).toBe('2025-03-01');
    expect(parseDate('3/1/2025', 'dmy')).toBe('2025-01-03');
    expect(parseDate('3/1/25', 'dmy')).toBe('2025-01-03');
    expect(parseDate('1/3/25', 'mdy')).toBe('2025-01-03');
    expect(parseDate('31.12.1999', 'dmy')).toBe('1999-12-31');
    expect(parseDate('3/1/95', 'dmy')).toBe('1995-01-03');
    expect(parseDate('3/1/29', 'dmy')).toBe('2029-01-03');
    expect(parseDate('3/1/30', 'dmy')).toBe('1930-01-03');
    // 'ymd' (no a/b/y samples were seen) falls back to day-first.
    expect(parseDate('13/1/2025', 'ymd')).toBe('2025-01-13');
    // Year-first stays year-first whatever the order.
    expect(parseDate('2025/1/3', 'mdy')).toBe('2025-01-03');
    expect(parseDate('2025-01-03', 'dmy')).toBe('2025-01-03');
  });

  it.each([
    '2025-02-30',
    '2025-13-01',
    '2023-02-29',
    '1900-02-29',
    '2025/2/30',
    '2025年2月30日',
    '30/02/2025',
    '13/13/2025',
    '20251301',
    '12345678',
    '19000',
    '80001',
    '1/3',
    'yesterday',
    '2025-01-03 25:00',
    '2025-01-03 14:60',
    '2025-01-03T14:05:00 garbage',
    'Foo 3, 2025',
    '',
  ])('%j is not a date', (raw) => {
    expect(parseDate(raw, 'dmy')).toBeNull();
  });

  it('rejects the month-first reading of a day-first cell', () => {
    expect(parseDate('13/01/2025', 'mdy')).toBeNull();
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2025-01-03', '2025-01-03T00:00:00'],
    ['2025-01-03 14:05', '2025-01-03T14:05:00'],
    ['2025-01-03 14:05:09', '2025-01-03T14:05:09'],
    ['2025-01-03T14:05:09', '2025-01-03T14:05:09'],
    ['2025-01-03T14:05:09Z', '2025-01-03T14:05:09'],
    ['2025-01-03T14:05:09.987Z', '2025-01-03T14:05:09'],
    ['2025-01-03 14:05:00 -0500', '2025-01-03T14:05:00'],
    ['2025-01-03T23:30:00+08:00', '2025-01-03T23:30:00'],
    ['2025/1/3 9:05', '2025-01-03T09:05:00'],
    ['2025/1/3 下午 2:05:00', '2025-01-03T14:05:00'],
    ['2025/1/3 上午12:30', '2025-01-03T00:30:00'],
    ['2025年1月3日 14:05', '2025-01-03T14:05:00'],
    ['2025年1月3日14:05:30', '2025-01-03T14:05:30'],
    ['1/3/2025 2:05 PM', '2025-01-03T14:05:00'],
    ['Fri Jan 03 2025 14:05:00 GMT+0800 (China Standard Time)', '2025-01-03T14:05:00'],
    ['Jan 3, 2025 12:00 AM', '2025-01-03T00:00:00'],
    ['20250103140509', '2025-01-03T14:05:09'],
    // 0.75 of a day is 18:00; 0.5 is noon.
    ['45658.75', '2025-01-01T18:00:00'],
    ['45658.5', '2025-01-01T12:00:00'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDateTime(raw, 'mdy')).toBe(expected);
  });

  it.each(['2025-01-03 13:05 PM', '2025-01-03 0:05 AM', '2025-01-03 24:00'])('%j has an impossible time', (raw) => {
    expect(parseDateTime(raw, 'dmy')).toBeNull();
  });
});

describe('Excel serials', () => {
  it('counts from 1900-01-01 = 1, with the fictitious 1900-02-29 at 60', () => {
    expect(excelSerialToParts(1)).toEqual({ y: 1900, m: 1, d: 1, seconds: 0 });
    expect(excelSerialToParts(59)).toEqual({ y: 1900, m: 2, d: 28, seconds: 0 });
    expect(excelSerialToParts(60)).toBeNull();
    expect(excelSerialToParts(61)).toEqual({ y: 1900, m: 3, d: 1, seconds: 0 });
    expect(excelSerialToParts(25569)).toEqual({ y: 1970, m: 1, d: 1, seconds: 0 });
    expect(excelSerialToParts(45658)).toEqual({ y: 2025, m: 1, d: 1, seconds: 0 });
    expect(excelSerialToParts(0)).toBeNull();
  });

  it('rounds a time fraction of a second before midnight into the next day', () => {
    expect(excelSerialToParts(45658 + 86399.6 / 86400)).toEqual({ y: 2025, m: 1, d: 2, seconds: 0 });
  });

  it('matches a day count done with Date for every day of 1901–2100', () => {
    // Independent check: JavaScript's Date (UTC) against Hinnant's algorithm.
    for (let days = Date.UTC(1901, 0, 1) / 86400000; days <= Date.UTC(2100, 11, 31) / 86400000; days += 1) {
      const date = new Date(days * 86400000);
      const got = civilFromDays(days);
      if (got.y !== date.getUTCFullYear() || got.m !== date.getUTCMonth() + 1 || got.d !== date.getUTCDate()) {
        throw new Error(`day ${days}: ${JSON.stringify(got)} vs ${date.toISOString()}`);
      }
    }
  });
});
