import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, monthIndexOfDay, parseDay, requireDay } from './dates.js';

describe('calendar days', () => {
  it('parses ISO dates with or without a time', () => {
    expect(parseDay('1970-01-02')).toBe(1);
    expect(parseDay('2024-03-01')).toBe(parseDay('2024-02-29')! + 1); // leap year
    expect(parseDay('2024-03-01T23:59:59')).toBe(parseDay('2024-03-01'));
    expect(parseDay('2024-03-01 08:00')).toBe(parseDay('2024-03-01'));
  });

  it('rejects impossible or foreign formats', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '01/03/2025', '2025-1-3', '2025-01-03X', '']) expect(parseDay(bad)).toBeNull();
    expect(() => requireDay('soon', 'asOf')).toThrow(/asOf/);
  });

  it('formats days and months back', () => {
    expect(formatDay(parseDay('1997-09-30')!)).toBe('1997-09-30');
    expect(formatMonth(monthIndexOfDay(parseDay('1997-12-31')!))).toBe('1997-12');
    expect(monthIndexOfDay(parseDay('1998-01-01')!) - monthIndexOfDay(parseDay('1997-12-31')!)).toBe(1);
  });
});
