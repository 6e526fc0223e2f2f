/**
 * What-ifs and budget splits on the saved marketing-mix model (issue 12, items 5 and 6):
 * the fitted curves and their bootstrap draws are in the saved result, so a slider move,
 * another budget or a locked channel is answered in milliseconds without fitting again.
 * Predictions carry the adstock of the history into the next weeks and the baseline's
 * trend and seasons (model/optimise/plan.ts); their 90 % intervals are over the draws'
 * totals, not sums of weekly intervals.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { upgradeResult } from '@shared/analyses/versions.js';
import { interval90 } from '../model/mmm/metrics.js';
import { budgetForGoal, maximiseRevenue, planWeeks, targetRoas } from '../model/optimise/index.js';
import type { AllocationChannel } from '../model/optimise/index.js';
import { latestAnalysis } from '../store/analyses.js';
import type { Goal } from '@shared/goals.js';
import type { MmmGoalLink, MmmOptimiser, MmmWhatIf } from '@shared/mmm-plan.js';
import { baselineAt } from '../model/mmm/summarise.js';
import type { MmmAnalysis } from './mmm.js';

export type MmmFitted = Extract<MmmAnalysis, { status: 'fitted' }>;

/** The latest saved, fitted marketing-mix result of a project; an AppError when there is none to plan with. */
export function savedMmm(db: Database): MmmFitted {
  const found = latestAnalysis<Record<string, unknown>>(db, 'mmm');
  const readable = found ? upgradeResult('mmm', found.version, found.result) : null;
  const result = readable?.ok ? (readable.result as unknown as MmmAnalysis) : null;
  if (!result || result.status !== 'fitted') throw new AppError('error.mmmNoResult');
  return result;
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function totals(saved: MmmFitted, spend: readonly number[], weeks: number): number[] {
  return saved.draws.map((draw) => sum(planWeeks(draw, [], saved.history, spend, weeks).map((w) => w.revenue)));
}

/** Revenue over the next `weeks` weeks at a weekly spend per channel (saved channel order). */
export function whatIf(saved: MmmFitted, spend: readonly number[], weeks: number): MmmWhatIf {
  const channels = saved.channels.map((c) => c.channel);
  if (spend.length !== channels.length) throw new AppError('error.invalidInput', { detail: `spend has ${spend.length} values, the model has ${channels.length} channels (${channels.join(', ')})` });
  const lastWeek = saved.weeks[saved.weeks.length - 1];
  const plan = planWeeks(saved.pointDraw, saved.draws, saved.history, spend, weeks).map((w, i) => ({ week: addDays(lastWeek, 7 * (i + 1)), spend: w.spend, revenue: w.revenue, revenueInterval: w.revenueInterval }));
  const current = saved.optimiser.current;
  const currentPlan = planWeeks(saved.pointDraw, [], saved.history, current, weeks);
  const drawsAt = totals(saved, spend, weeks);
  const drawsNow = totals(saved, current, weeks);
  const revenue = sum(plan.map((w) => w.revenue));
  const now = sum(currentPlan.map((w) => w.revenue));
  const spread = (xs: number[], point: number): MmmWhatIf['revenueInterval'] => (xs.length ? interval90(xs) : { low: point, high: point });
  return {
    channels,
    weeks,
    spend: [...spend],
    revenue,
    revenueInterval: spread(drawsAt, revenue),
    current: now,
    currentInterval: spread(drawsNow, now),
    uplift: revenue - now,
    upliftInterval: spread(
      drawsAt.map((x, i) => x - drawsNow[i]),
      revenue - now,
    ),
    beyondObserved: channels.filter((_, c) => spend[c] > Math.max(...saved.history[c]) * (1 + 1e-9)),
    plan,
  };
}

export interface SplitRequest {
  budget?: number;
  /** Instead of a budget: reach this weekly channel revenue with the least spend, or keep this ROAS with the most. */
  goalRevenue?: number;
  targetRoas?: number;
  /** Shares of the recent weekly spend. */
  lower: number;
  upper: number;
  locked: readonly string[];
}

/** The best split of a weekly budget on the saved curves (the same optimiser the run used). */
export function bestSplit(saved: MmmFitted, request: SplitRequest): MmmOptimiser {
  const names = saved.channels.map((c) => c.channel);
  for (const name of request.locked) if (!names.includes(name)) throw new AppError('error.mmmUnknownChannel', { channel: name, channels: names.join(', ') });
  const current = saved.optimiser.current;
  const channels: AllocationChannel[] = names.map((name, c) => ({
    name,
    curve: saved.pointDraw.curves[c],
    currentSpend: current[c],
    observedMax: Math.max(...saved.history[c]),
    locked: request.locked.includes(name),
    lower: current[c] * request.lower,
    upper: current[c] * request.upper,
  }));
  const input = { channels, drawCurves: saved.draws.map((d) => d.curves) };
  let best: ReturnType<typeof maximiseRevenue>;
  let goalUnreachable = false;
  if (request.goalRevenue !== undefined) {
    const forGoal = budgetForGoal(input, request.goalRevenue);
    goalUnreachable = forGoal === null;
    // Out of reach: show the most the bounds allow, and say so.
    best = forGoal ?? maximiseRevenue(input, sum(channels.map((c) => (c.locked ? c.currentSpend : c.upper!))));
  } else if (request.targetRoas !== undefined) best = targetRoas(input, request.targetRoas);
  else best = maximiseRevenue(input, request.budget ?? sum(current));
  const budget = request.goalRevenue !== undefined || request.targetRoas !== undefined ? best.placed : (request.budget ?? sum(current));
  return {
    ...(goalUnreachable ? { goalUnreachable } : {}),
    budget,
    current: [...current],
    lower: channels.map((c) => (c.locked ? c.currentSpend : c.lower!)),
    upper: channels.map((c) => (c.locked ? c.currentSpend : c.upper!)),
    locked: channels.map((c) => Boolean(c.locked)),
    allocation: best.allocation,
    expectedRevenue: best.expectedRevenue,
    expectedRevenueInterval: best.expectedRevenueInterval,
    uplift: best.uplift,
    upliftInterval: best.upliftInterval,
    unplaced: best.unplaced,
    marginalRoas: best.marginalRoas,
    beyondObserved: best.beyondObserved,
    infeasible: best.infeasible,
  };
}

/**
 * What a revenue goal asks of the channels each week: its revenue per week of its period,
 * less the saved model's baseline (trend, seasons, controls) averaged over the next
 * `weeks` weeks. Only revenue goals are about the KPI the model explains.
 */
export function goalLink(saved: MmmFitted, goal: Goal, weeks: number): MmmGoalLink {
  if (goal.type !== 'revenue') throw new AppError('error.mmmGoalNotRevenue', { id: goal.id });
  const days = Math.round((Date.parse(`${goal.periodEnd}T00:00:00Z`) - Date.parse(`${goal.periodStart}T00:00:00Z`)) / DAY_MS) + 1;
  const weeklyRevenue = goal.target / (days / 7);
  const n = saved.weeks.length;
  let baseline = 0;
  for (let t = n; t < n + weeks; t++) baseline += baselineAt(saved.pointDraw.baseline, t);
  const weeklyBaseline = baseline / weeks;
  return { goalId: goal.id, target: goal.target, periodStart: goal.periodStart, periodEnd: goal.periodEnd, weeklyRevenue, weeklyBaseline, weeklyMedia: Math.max(0, weeklyRevenue - weeklyBaseline) };
}
