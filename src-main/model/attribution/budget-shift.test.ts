import { describe, expect, it } from 'vitest';
import { adviseBudgetShift } from './budget-shift.js';
import { mulberry32 } from '../random.js';
import type { ChannelRoiRow } from './roi.js';

const row = (channel: string, spend: number | null, roas: number | null, conversions: number): ChannelRoiRow => ({
  channel,
  conversions,
  value: spend !== null && roas !== null ? spend * roas : 0,
  spend,
  cpa: null,
  roas,
  roi: roas === null ? null : roas - 1,
});

describe('adviseBudgetShift', () => {
  it('moves money from the lowest to the highest ROAS within ±30 % and keeps the total', () => {
    const advice = adviseBudgetShift([
      row('A', 1000, 4, 100),
      row('B', 1000, 1, 100),
      row('C', 500, 3, 10), // uncertain: may not grow
      row('D', 0, null, 40), // zero spend: stays at zero
      row('organic', null, null, 300),
    ]);
    // B (ROAS 1) gives 300 (30 % of 1000) to A (ROAS 4, room 300). Next donor C (3) is not below the
    // next recipient B (1): stop. Expected change 300·4 − 300·1 = 900 at average ROAS.
    const byChannel = Object.fromEntries(advice.rows.map((r) => [r.channel, r]));
    expect(byChannel.A).toMatchObject({ recommendedSpend: 1300, change: 300, changeShare: 0.3, expectedValueChange: 1200, notes: ['at-upper-bound'] });
    expect(byChannel.B).toMatchObject({ recommendedSpend: 700, change: -300, expectedValueChange: -300, notes: ['at-lower-bound'] });
    expect(byChannel.C).toMatchObject({ change: 0, uncertain: true, notes: ['uncertain'] });
    expect(byChannel.D).toMatchObject({ change: 0, changeShare: null, notes: ['zero-spend'] });
    expect(advice).toMatchObject({ totalSpend: 2500, moved: 300, currentValue: 6500, expectedValueChange: 900, expectedValue: 7400, notInBudget: ['organic'] });
    expect(advice.caveats).toEqual(['average-not-marginal', 'uncertain-channels', 'zero-spend-channels']);
  });

  it('never increases an uncertain channel, however high its ROAS', () => {
    const advice = adviseBudgetShift([row('tiny', 100, 50, 5), row('big', 1000, 2, 500), row('weak', 1000, 0.5, 200)]);
    const byChannel = Object.fromEntries(advice.rows.map((r) => [r.channel, r]));
    expect(byChannel.tiny.change).toBe(0);
    expect(byChannel.big.change).toBeCloseTo(300, 9);
    expect(byChannel.weak.change).toBeCloseTo(-300, 9);
  });

  it('says so when there is nothing to move', () => {
    const advice = adviseBudgetShift([row('A', 100, 2, 50), row('B', 100, 2, 50)]);
    expect(advice.moved).toBe(0);
    expect(advice.caveats).toContain('nothing-to-move');
  });

  it('respects the bounds and the total on random budgets', () => {
    const random = mulberry32(17);
    for (let trial = 0; trial < 50; trial++) {
      const rows = Array.from({ length: 2 + Math.floor(random() * 8) }, (_, i) =>
        row(`c${i}`, random() < 0.1 ? 0 : Math.round(random() * 10_000), random() * 5, Math.floor(random() * 80)),
      );
      const share = 0.1 + random() * 0.4;
      const advice = adviseBudgetShift(rows, { maxChangeShare: share, minConversions: 30 });
      const total = advice.rows.reduce((s, r) => s + r.recommendedSpend, 0);
      expect(total + advice.unallocated).toBeCloseTo(advice.totalSpend, 6);
      for (const r of advice.rows) {
        expect(Math.abs(r.change)).toBeLessThanOrEqual(r.currentSpend * share + 1e-9);
        if (r.uncertain) expect(r.change).toBeLessThanOrEqual(0);
        if (r.roas !== null && r.roas <= 1) expect(r.change).toBeLessThanOrEqual(0);
      }
      // Money only flows towards higher ROAS, and money kept back is worth itself.
      expect(advice.expectedValueChange + advice.unallocated).toBeGreaterThanOrEqual(-1e-9);
    }
  });

  it('never funds a channel below break-even: the money it cannot place stays unallocated (issue 14 finding 3)', () => {
    // The demo's case: every channel but one returns less than it costs. Before, the two
    // least-bad loss makers (0.92×, 0.79×) took +50 % each from the worse ones.
    const advice = adviseBudgetShift(
      [row('wechat', 1000, 2, 200), row('google', 1000, 0.92, 100), row('xiaohongshu', 1000, 0.79, 100), row('douyin', 2000, 0.4, 100)],
      { maxChangeShare: 0.5 },
    );
    const byChannel = Object.fromEntries(advice.rows.map((r) => [r.channel, r]));
    // Cuts: douyin −1000, xiaohongshu −500, google −500 = 2000 freed; WeChat takes 500 (its +50 %).
    expect(byChannel.wechat).toMatchObject({ change: 500, notes: ['at-upper-bound'] });
    expect(byChannel.google).toMatchObject({ change: -500, notes: ['below-break-even', 'at-lower-bound'] });
    expect(byChannel.xiaohongshu.change).toBe(-500);
    expect(byChannel.douyin.change).toBe(-1000);
    expect(advice).toMatchObject({ moved: 500, unallocated: 1500, maxChangeShare: 0.5, breakEvenRoas: 1 });
    expect(advice.caveats).toContain('unallocated');
  });

  it('uses a break-even target the user sets', () => {
    const rows = [row('A', 1000, 3, 100), row('B', 1000, 1.5, 100), row('C', 1000, 1.2, 100)];
    // Break-even 1: C (1.2×) gives 300 to A; B (1.5×) is left alone; nothing is kept back.
    const plain = adviseBudgetShift(rows);
    expect(plain.rows.map((r) => r.change)).toEqual([300, 0, -300]);
    expect(plain.unallocated).toBe(0);
    const strict = adviseBudgetShift(rows, { breakEvenRoas: 2 });
    const byChannel = Object.fromEntries(strict.rows.map((r) => [r.channel, r]));
    // Only A (3×) clears 2×: it takes 300; B and C are cut 300 each; 300 stays unallocated.
    expect([byChannel.A.change, byChannel.B.change, byChannel.C.change]).toEqual([300, -300, -300]);
    expect(strict.unallocated).toBe(300);
  });

  it('rejects a share outside 0..1', () => {
    expect(() => adviseBudgetShift([], { maxChangeShare: 1.5 })).toThrow(RangeError);
  });
});
