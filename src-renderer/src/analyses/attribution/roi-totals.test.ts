import { describe, expect, it } from 'vitest';
import { roiTotals } from './roi-totals.js';

describe('roiTotals', () => {
  it('has no spend, CPA, ROAS or ROI when no channel has spend data (shown as —, not 0)', () => {
    const t = roiTotals([
      { spend: null, conversions: 10, value: 500 },
      { spend: null, conversions: 5, value: 100 },
    ]);
    expect(t).toEqual({ spend: null, conversions: 15, value: 600, cpa: null, roas: null, roi: null });
  });

  it('sets the budgeted channels’ value against their spend, leaving organic channels out of the ratios', () => {
    const t = roiTotals([
      { spend: 200, conversions: 10, value: 500 },
      { spend: null, conversions: 5, value: 100 },
    ]);
    expect(t).toEqual({ spend: 200, conversions: 15, value: 600, cpa: 20, roas: 2.5, roi: 1.5 });
  });
});
