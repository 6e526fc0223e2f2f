import { describe, expect, it } from 'vitest';
import type { ChannelCurve, Draw } from '../mmm/types.js';
import type { AllocationChannel } from './allocate.js';
import { budgetForGoal, maximiseRevenue, targetRoas } from './optimise.js';
import { planWeeks } from './plan.js';
import { marginalResponse, weeklyResponse } from './response-curve.js';

const concave = (beta: number, k: number, decay = 0.3): ChannelCurve => ({ beta, decay, halfSaturation: k, shape: 1 });
const wide = (name: string, curve: ChannelCurve, current: number): AllocationChannel => ({ name, curve, currentSpend: current, lower: 0, upper: 1e9 });

describe('maximiseRevenue', () => {
  it('equalises marginal ROAS across unconstrained channels', () => {
    const channels = [wide('a', concave(50_000, 20_000), 5_000), wide('b', concave(30_000, 8_000), 5_000), wide('c', concave(80_000, 60_000, 0.5), 5_000)];
    const result = maximiseRevenue({ channels }, 15_000);
    expect(result.placed).toBeCloseTo(15_000, 3);
    const m = result.marginalRoas;
    expect(m[0]).toBeGreaterThan(1);
    for (const x of m) expect(Math.abs(x - m[0]) / m[0]).toBeLessThan(1e-6);
  });

  it('respects bounds and locks, and moves money only within them', () => {
    const channels: AllocationChannel[] = [
      { name: 'a', curve: concave(50_000, 20_000), currentSpend: 5_000 },
      { name: 'b', curve: concave(90_000, 5_000), currentSpend: 5_000 },
      { name: 'c', curve: concave(10_000, 40_000), currentSpend: 5_000, locked: true },
    ];
    const result = maximiseRevenue({ channels }, 15_000);
    expect(result.allocation[2]).toBe(5_000);
    expect(result.allocation[0]).toBeGreaterThanOrEqual(3_500 - 1e-6);
    expect(result.allocation[0]).toBeLessThanOrEqual(6_500 + 1e-6);
    expect(result.allocation[1]).toBeGreaterThanOrEqual(3_500 - 1e-6);
    expect(result.allocation[1]).toBeLessThanOrEqual(6_500 + 1e-6);
    expect(result.placed).toBeCloseTo(15_000, 3);
  });

  it('never funds below break-even to use up a budget: the rest is returned', () => {
    const channels = [wide('a', concave(20_000, 10_000), 2_000), wide('b', concave(8_000, 6_000), 2_000)];
    const result = maximiseRevenue({ channels }, 1_000_000);
    expect(result.unplaced).toBeGreaterThan(900_000);
    for (const m of result.marginalRoas) expect(m).toBeGreaterThanOrEqual(1 - 1e-6);
    // Each channel stops where one more yuan returns one yuan.
    for (const m of result.marginalRoas) expect(m).toBeCloseTo(1, 4);
  });

  it('matches a brute-force grid on three channels, one S-shaped', () => {
    const curves: ChannelCurve[] = [concave(40_000, 15_000), { beta: 60_000, decay: 0.2, halfSaturation: 12_000, shape: 2.5 }, concave(25_000, 6_000, 0)];
    const channels = curves.map((c, i) => wide(`ch${i}`, c, 4_000));
    for (const budget of [3_000, 9_000, 15_000]) {
      const result = maximiseRevenue({ channels }, budget);
      let best = -Infinity;
      const step = budget / 300;
      for (let a = 0; a <= budget + 1e-9; a += step) {
        for (let b = 0; a + b <= budget + 1e-9; b += step) {
          const c = budget - a - b;
          // The grid may also leave money unspent (break-even guard): compare revenue net of spend.
          for (const spent of [c, 0]) {
            const r = weeklyResponse(curves[0], a) + weeklyResponse(curves[1], b) + weeklyResponse(curves[2], spent) - a - b - spent;
            best = Math.max(best, r);
          }
        }
      }
      const net = result.expectedRevenue - result.placed;
      expect(net).toBeGreaterThanOrEqual(best - 1e-3 * Math.abs(best));
      expect(result.placed).toBeLessThanOrEqual(budget + 1e-6);
    }
  });

  it('carries the bootstrap draws into intervals on revenue and uplift', () => {
    const channels = [wide('a', concave(50_000, 20_000), 5_000), wide('b', concave(30_000, 8_000), 5_000)];
    const drawCurves = [0.8, 0.9, 1, 1.1, 1.2].map((f) => channels.map((c) => ({ ...c.curve, beta: c.curve.beta * f })));
    const result = maximiseRevenue({ channels, drawCurves }, 10_000);
    expect(result.expectedRevenueInterval.low).toBeLessThan(result.expectedRevenue);
    expect(result.expectedRevenueInterval.high).toBeGreaterThan(result.expectedRevenue);
    expect(result.uplift).toBeGreaterThan(0);
    expect(result.upliftInterval.low).toBeLessThanOrEqual(result.uplift);
  });

  it('flags allocations beyond the observed weekly spend', () => {
    const channels: AllocationChannel[] = [
      { name: 'a', curve: concave(90_000, 20_000), currentSpend: 5_000, observedMax: 5_500 },
      { name: 'b', curve: concave(5_000, 8_000), currentSpend: 5_000, observedMax: 9_000 },
    ];
    expect(maximiseRevenue({ channels }, 10_000).beyondObserved).toEqual(['a']);
  });

});

describe('budgetForGoal and targetRoas', () => {
  const channels = [wide('a', concave(50_000, 20_000), 5_000), wide('b', concave(30_000, 8_000), 5_000)];
  it('finds the least budget that reaches a revenue goal', () => {
    const result = budgetForGoal({ channels }, 20_000);
    expect(result).not.toBeNull();
    expect(result!.expectedRevenue).toBeGreaterThanOrEqual(20_000 - 1e-6);
    const less = maximiseRevenue({ channels }, result!.budget * 0.99);
    expect(less.expectedRevenue).toBeLessThan(20_000);
    expect(budgetForGoal({ channels }, 1e9)).toBeNull();
  });
  it('finds the largest budget that keeps the target ROAS', () => {
    const result = targetRoas({ channels }, 4);
    expect(result.expectedRevenue / result.placed).toBeCloseTo(4, 3);
    const more = maximiseRevenue({ channels }, result.placed * 1.05);
    expect(more.expectedRevenue / more.placed).toBeLessThan(4);
    // A target below what break-even spending returns stops at break-even, not beyond.
    const low = targetRoas({ channels }, 1.01);
    for (const m of low.marginalRoas) expect(m).toBeGreaterThanOrEqual(1 - 1e-6);
  });
});

describe('planWeeks', () => {
  const point: Draw = { curves: [concave(10_000, 1_000, 0.5)], baseline: { intercept: 1_000, trendPerWeek: 0, fourier: [], controlsMean: 0 } };
  it('carries adstock over from the history and settles at the steady state', () => {
    const plan = planWeeks(point, [], [[0, 0, 4_000]], [500], 60);
    // Week one: carried 4000·0.5 + 500 = 2500 in adstock units; hill(2500; 1000, 1) = 2500/3500.
    expect(plan[0].contributions[0]).toBeCloseTo((10_000 * 2_500) / 3_500, 6);
    expect(plan[0].week).toBe(3);
    expect(plan[59].revenue).toBeCloseTo(1_000 + weeklyResponse(point.curves[0], 500), 3);
    expect(marginalResponse(point.curves[0], 500)).toBeGreaterThan(0);
  });
});
