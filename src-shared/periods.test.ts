import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, lastDays, lastWholeMonth, lastWholeQuarter, nextQuarter, periodDays, previousPeriod, quarterOf, yearOf } from './periods.js';

describe('calendar periods', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(periodDays({ from: '2025-10-01', to: '2025-12-31' })).toBe(92);
  });

  it('finds quarters (Q4 2025 is Oct 1 – Dec 31; the one after starts 2026)', () => {
    expect(quarterOf('2025-11-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(quarterOf('2024-02-29')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(nextQuarter('2025-12-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(yearOf('2025-06-30')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('places the last whole month and quarter at or before the end of the data', () => {
    expect(lastWholeMonth('2025-12-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(lastWholeMonth('2025-12-15')).toEqual({ from: '2025-11-01', to: '2025-11-30' });
    expect(lastWholeMonth('2024-03-01')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(lastWholeQuarter('2025-12-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(lastWholeQuarter('2025-12-30')).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(lastDays('2025-12-31', 90)).toEqual({ from: '2025-10-03', to: '2025-12-31' });
  });

  it('compares whole months with as many months before, other periods with as many days', () => {
    // Q1 (90 days) against Q4 (92 days): months, not days.
    expect(previousPeriod({ from: '2025-01-01', to: '2025-03-31' })).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(previousPeriod({ from: '2025-03-01', to: '2025-03-31' })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(previousPeriod({ from: '2025-07-01', to: '2025-12-31' })).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    // 10 days (Jan 5–14) → Dec 26 – Jan 4.
    expect(previousPeriod({ from: '2025-01-05', to: '2025-01-14' })).toEqual({ from: '2024-12-26', to: '2025-01-04' });
  });

  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025/02/01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
