import { describe, expect, it } from 'vitest';
import { rangePeriod } from './range-period.js';

describe('the period a dashboard range stands for', () => {
  it('is the last whole month or quarter the data covers', () => {
    expect(rangePeriod('month', '2025-03-29', '2024-01-01')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(rangePeriod('month', '2025-03-31', '2024-01-01')).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(rangePeriod('quarter', '2025-05-10', '2024-01-01')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(rangePeriod('month', '2025-03-29')).toEqual({ from: '2025-02-01', to: '2025-02-28' }); // first day unknown
  });

  it('is the month or quarter so far when the data begins after the last whole one (a first month of orders)', () => {
    expect(rangePeriod('month', '2025-03-29', '2025-03-02')).toEqual({ from: '2025-03-01', to: '2025-03-29' });
    expect(rangePeriod('quarter', '2025-05-10', '2025-04-03')).toEqual({ from: '2025-04-01', to: '2025-05-10' });
    // Data that reaches into the whole month keeps it, however little.
    expect(rangePeriod('month', '2025-03-29', '2025-02-28')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });

  it('ends day ranges on the last day of data', () => {
    expect(rangePeriod('days-90', '2025-03-29', '2025-03-02')).toEqual({ from: '2024-12-30', to: '2025-03-29' });
  });
});
