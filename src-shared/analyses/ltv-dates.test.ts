import { describe, expect, it } from 'vitest';
import { defaultLtvDates } from './ltv.js';

// One rule for the wizard's suggestion and the report's fresh run (they used to disagree).
describe('default LTV dates', () => {
  it('hold out the last quarter of the order history, from the nearer month end', () => {
    // 364 days from Jan 1 to Dec 31 2025: 273 days in is Oct 1; Sep 30 is the nearer month end.
    expect(defaultLtvDates('2025-01-01', '2025-12-31')).toEqual({ calibrationEnd: '2025-09-30', holdoutEnd: '2025-12-31' });
    // 2024-01-10 + 0.75 × 100 days = 2024-03-25: the nearer month end is 2024-03-31 (before the last day).
    expect(defaultLtvDates('2024-01-10', '2024-04-19')).toEqual({ calibrationEnd: '2024-03-31', holdoutEnd: '2024-04-19' });
  });

  it('keep the exact day when no month end leaves a month of calibration', () => {
    expect(defaultLtvDates('2025-03-01', '2025-03-05')).toEqual({ calibrationEnd: '2025-03-04', holdoutEnd: '2025-03-05' });
    // 2025-02-10 + 0.75 × 40 days = 2025-03-12; Feb 28 is only 18 days in.
    expect(defaultLtvDates('2025-02-10', '2025-03-22')).toEqual({ calibrationEnd: '2025-03-12', holdoutEnd: '2025-03-22' });
  });

  it('have no holdout for a history under three days', () => {
    expect(defaultLtvDates('2025-03-01', '2025-03-02')).toEqual({ calibrationEnd: '2025-03-02' });
  });
});
