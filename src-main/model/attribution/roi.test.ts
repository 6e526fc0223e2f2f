import { describe, expect, it } from 'vitest';
import { channelRoi } from './roi.js';
import type { ChannelCredits } from './types.js';

describe('channelRoi', () => {
  const credits: ChannelCredits = new Map([
    ['A', { conversions: 10, value: 500 }],
    ['B', { conversions: 5, value: 100 }],
    ['C', { conversions: 2, value: 80 }],
    ['E', { conversions: 0, value: 0 }],
  ]);

  it('computes CPA, ROAS and ROI and leaves undefined figures null', () => {
    const { rows, onlyInJourneys, onlyInSpend } = channelRoi(credits, { A: 250, B: 0, D: 100, E: 40 });
    // A: CPA 250/10 = 25, ROAS 500/250 = 2, ROI (500 − 250)/250 = 1.
    expect(rows.find((r) => r.channel === 'A')).toEqual({ channel: 'A', conversions: 10, value: 500, spend: 250, cpa: 25, roas: 2, roi: 1 });
    // B: zero spend — CPA is 0 (free conversions), ROAS and ROI are undefined.
    expect(rows.find((r) => r.channel === 'B')).toMatchObject({ spend: 0, cpa: 0, roas: null, roi: null });
    // C: no spend row at all.
    expect(rows.find((r) => r.channel === 'C')).toMatchObject({ spend: null, cpa: null, roas: null, roi: null });
    // D: spend but never in a journey: zero credit, ROAS 0, ROI −1, CPA undefined.
    expect(rows.find((r) => r.channel === 'D')).toEqual({ channel: 'D', conversions: 0, value: 0, spend: 100, cpa: null, roas: 0, roi: -1 });
    // E: credited with nothing: CPA undefined.
    expect(rows.find((r) => r.channel === 'E')).toMatchObject({ cpa: null, roas: 0, roi: -1 });
    expect(onlyInJourneys).toEqual(['C']);
    expect(onlyInSpend).toEqual(['D']);
    for (const row of rows) {
      for (const figure of [row.cpa, row.roas, row.roi]) expect(figure === null || Number.isFinite(figure)).toBe(true);
    }
  });

  it('accepts a Map and ignores non-finite spend', () => {
    const { rows } = channelRoi(credits, new Map([['A', 100], ['B', Number.NaN]]));
    expect(rows.find((r) => r.channel === 'A')?.roas).toBe(5);
    expect(rows.find((r) => r.channel === 'B')?.spend).toBeNull();
  });

  it('treats a vanishing credit as zero rather than printing an absurd CPA', () => {
    const { rows } = channelRoi(new Map([['M', { conversions: 1e-13, value: 1e-11 }]]), { M: 50 });
    expect(rows[0].cpa).toBeNull();
  });
});
