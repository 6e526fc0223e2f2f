import { describe, expect, it } from 'vitest';
import { fitMmm } from '../mmm/fit.js';
import { simulateMmmWorld } from '../mmm/synthetic.js';
import { optimiserInputFromFit } from './from-fit.js';
import { maximiseRevenue } from './optimise.js';
import { planWeeks } from './plan.js';

describe('optimiser on a fitted model', () => {
  const world = simulateMmmWorld({ seed: 21, weeks: 104, channels: 4, noise: 0.05 });
  const outcome = fitMmm(world.data, { seed: 2, bootstrap: 40 });
  if (outcome.status !== 'fitted') throw new Error('expected a fit');
  const result = outcome.result;

  it('reallocates the current budget within ±30 %, a lock holds, and uplift carries an interval', () => {
    const input = optimiserInputFromFit(world.data, result, { channel_2: { locked: true } });
    const budget = input.channels.reduce((s, c) => s + c.currentSpend, 0);
    const plan = maximiseRevenue(input, budget);
    input.channels.forEach((c, i) => {
      expect(plan.allocation[i]).toBeGreaterThanOrEqual(c.currentSpend * 0.7 - 1e-6);
      expect(plan.allocation[i]).toBeLessThanOrEqual(c.currentSpend * 1.3 + 1e-6);
    });
    expect(plan.allocation[1]).toBe(input.channels[1].currentSpend);
    expect(plan.placed + plan.unplaced).toBeCloseTo(budget, 6);
    expect(plan.uplift).toBeGreaterThanOrEqual(-1e-6);
    expect(plan.upliftInterval.low).toBeLessThanOrEqual(plan.upliftInterval.high);
    // Deterministic too.
    expect(JSON.stringify(maximiseRevenue(optimiserInputFromFit(world.data, result, { channel_2: { locked: true } }), budget))).toBe(JSON.stringify(plan));
  });

  it('plans the next 8 weeks with seasonality and carried adstock, intervals from the draws', () => {
    const input = optimiserInputFromFit(world.data, result);
    const weekly = input.channels.map((c) => c.currentSpend);
    const plan = planWeeks(result.pointDraw, result.draws, world.data.channels.map((c) => c.spend), weekly, 8);
    expect(plan).toHaveLength(8);
    expect(plan[0].week).toBe(104);
    for (const week of plan) {
      expect(week.revenueInterval.low).toBeLessThanOrEqual(week.revenueInterval.high);
      expect(week.revenue).toBeGreaterThan(0);
    }
    // Replaying the history's last week through the plan gives the fitted value of that week exactly.
    const head = world.data.channels.map((c) => Array.from(c.spend).slice(0, 103));
    const lastWeek = world.data.channels.map((c) => c.spend[103]);
    const replay = planWeeks(result.pointDraw, [], head, lastWeek, 1)[0];
    expect(replay.week).toBe(103);
    expect(replay.revenue).toBeCloseTo(result.decomposition.fitted[103], 4);
  });
});
