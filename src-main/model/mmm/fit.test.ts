import { describe, expect, it } from 'vitest';
import { fitMmm } from './fit.js';
import type { MmmResult } from './fit.js';
import { simulateMmmWorld } from './synthetic.js';

function fitted(outcome: ReturnType<typeof fitMmm>): MmmResult {
  if (outcome.status !== 'fitted') throw new Error('expected a fit');
  return outcome.result;
}

describe('fitMmm', () => {
  const world = simulateMmmWorld({ seed: 3, weeks: 104, channels: 3, noise: 0.03 });
  const result = fitted(fitMmm(world.data, { seed: 7, bootstrap: 60 }));

  it('gives the same bytes for the same data and seed', () => {
    const again = fitted(fitMmm(world.data, { seed: 7, bootstrap: 60 }));
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });

  it('decomposes the fit exactly into baseline, seasonality, controls and channels', () => {
    const d = result.decomposition;
    for (let t = 0; t < result.weeks; t++) {
      const parts = d.baseline[t] + d.seasonality[t] + d.controls[t] + d.channels.reduce((s, c) => s + c[t], 0);
      expect(parts).toBeCloseTo(d.fitted[t], 6);
    }
    for (const series of d.channels) for (const v of series) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('reports every channel with its numbers, never dropping one', () => {
    expect(result.channels.map((c) => c.channel)).toEqual(world.data.channels.map((c) => c.name));
    for (const c of result.channels) {
      expect(c.roas).toBeCloseTo(c.contribution / c.spend, 9);
      expect(c.roasInterval.low).toBeLessThanOrEqual(c.roasInterval.high);
      expect(c.marginalRoas).toBeGreaterThanOrEqual(0);
      expect(c.responseCurve[0]).toEqual({ spend: 0, contribution: 0 });
      // The curve passes through the channel's own spend and contribution (multiplier 1).
      expect(c.responseCurve[10].spend).toBeCloseTo(c.spend, 6);
      expect(c.responseCurve[10].contribution).toBeCloseTo(c.contribution, 6);
      expect(c.foldRoas).toHaveLength(4);
    }
    expect(result.fit.holdoutWeeks).toBeGreaterThan(0);
    expect(result.fit.r2).toBeGreaterThan(0.5);
    expect(result.draws).toHaveLength(60);
  });

  it('puts the true ROAS of a clean world inside its intervals', () => {
    // With the product's 1,000 replicates: an interval's ends from 60 replicates are Monte
    // Carlo noise (the second channel's upper end read 2.39, 2.45 and 2.69 from 60 under three
    // drafts of the priors' draws; 2.65 from 1,000; truth 2.53).
    const intervals = fitted(fitMmm(world.data, { seed: 7 })).channels.map((c) => c.roasInterval);
    world.truth.channels.forEach((truth, c) => {
      expect(intervals[c].low).toBeLessThanOrEqual(truth.roas);
      expect(intervals[c].high).toBeGreaterThanOrEqual(truth.roas);
    });
  });

  it('finds the channel that earns least when it earns clearly less (ROAS 0.7 against 2.0 and 3.4)', () => {
    // In the world above two channels earn 2.40 and 2.53: a 5 % gap no interval can split,
    // so the lowest is asked of a world where the gap is real.
    const wide = simulateMmmWorld({ seed: 10, weeks: 104, channels: 3, noise: 0.03 });
    const fit = fitted(fitMmm(wide.data, { seed: 7, bootstrap: 40 }));
    const argmin = (xs: number[]) => xs.indexOf(Math.min(...xs));
    expect(argmin(fit.channels.map((c) => c.roas))).toBe(argmin(wide.truth.channels.map((c) => c.roas)));
  });

  it('leaves Meridian’s revenue prior out when asked (a KPI of orders): the answer then scales with the KPI', () => {
    // Orders per yuan are not revenue per yuan: without the published prior nothing in the
    // model has an absolute scale, so a KPI a thousand times smaller gives ROAS a thousand times smaller.
    const small = { ...world.data, kpi: Array.from(world.data.kpi, (v) => v / 1000) };
    const roas = (data: typeof world.data, publishedRoasPrior: boolean) => fitted(fitMmm(data, { seed: 7, bootstrap: 20, publishedRoasPrior })).channels.map((c) => c.roas);
    const full = roas(world.data, false);
    roas(small, false).forEach((r, c) => expect(r * 1000).toBeCloseTo(full[c], 6));
    // With it, the prior's 1.83 per yuan is absolute, so the scaling is no longer exact (here by
    // 2e-5 per 1,000: a KPI this small barely feels a prior that far off, but it is not the model's to apply).
    const pulled = roas(small, true);
    expect(pulled.some((r, c) => Math.abs(r * 1000 - full[c]) > 1e-7)).toBe(true);
  });

  it('refuses under 26 weeks and never fits', () => {
    const short = simulateMmmWorld({ seed: 1, weeks: 20, channels: 2, noise: 0.05 });
    const outcome = fitMmm(short.data);
    expect(outcome.status).toBe('refused');
    if (outcome.status === 'refused') {
      expect(outcome.gate.verdict).toBe('notEnoughData');
      expect(outcome.gate.reasons[0]).toMatchObject({ code: 'tooFewWeeks', weeks: 20 });
    }
  });

  it('rejects mismatched lengths and negative spend', () => {
    expect(() => fitMmm({ kpi: [1, 2, 3], channels: [{ name: 'a', spend: [1, 2] }] })).toThrow(/2 weeks/);
    expect(() => fitMmm({ kpi: [1, 2], channels: [{ name: 'a', spend: [1, -2] }] })).toThrow(/week 2/);
  });
});
