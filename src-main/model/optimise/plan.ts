/**
 * A plan for the next N weeks: the chosen weekly spend per channel, run through each
 * channel's geometric adstock carried over from the history's last week, plus the
 * baseline's trend and yearly seasonality extrapolated (summarise.ts `baselineAt`).
 * Weekly predicted revenue gets a 90 % interval from the bootstrap draws.
 */
import { geometricAdstock } from '../mmm/adstock.js';
import { hill } from '../mmm/hill.js';
import { interval90 } from '../mmm/metrics.js';
import { baselineAt } from '../mmm/summarise.js';
import type { Draw, Interval } from '../mmm/types.js';

export interface PlanWeek {
  /** 0-based week index continuing the history (history has weeks 0…n−1). */
  week: number;
  spend: number[];
  revenue: number;
  revenueInterval: Interval;
  /** Each channel's contribution this week (point fit). */
  contributions: number[];
}

/** Revenue of one draw over the plan's weeks. */
function simulateDraw(draw: Draw, history: readonly ArrayLike<number>[], weekly: readonly number[], weeks: number): { revenue: number[]; contributions: number[][] } {
  const n = history[0]?.length ?? 0;
  const carried = draw.curves.map((curve, c) => {
    const series = geometricAdstock(history[c], curve.decay);
    return n ? series[n - 1] : 0;
  });
  const revenue: number[] = [];
  const contributions: number[][] = [];
  for (let w = 0; w < weeks; w++) {
    const t = n + w;
    let total = baselineAt(draw.baseline, t);
    const row: number[] = [];
    draw.curves.forEach((curve, c) => {
      carried[c] = weekly[c] + curve.decay * carried[c];
      const contribution = curve.beta * hill(carried[c], curve.halfSaturation, curve.shape);
      row.push(contribution);
      total += contribution;
    });
    revenue.push(total);
    contributions.push(row);
  }
  return { revenue, contributions };
}

/**
 * @param history each channel's weekly spend so far (the adstock carried into the plan)
 * @param weekly the weekly spend per channel to plan
 */
export function planWeeks(point: Draw, draws: readonly Draw[], history: readonly ArrayLike<number>[], weekly: readonly number[], weeks: number): PlanWeek[] {
  const main = simulateDraw(point, history, weekly, weeks);
  const replicated = draws.map((d) => simulateDraw(d, history, weekly, weeks).revenue);
  return main.revenue.map((revenue, w) => ({
    week: (history[0]?.length ?? 0) + w,
    spend: [...weekly],
    revenue,
    revenueInterval: replicated.length ? interval90(replicated.map((r) => r[w])) : { low: revenue, high: revenue },
    contributions: main.contributions[w],
  }));
}
