/**
 * Marketing-mix analysis of a project (issue 12): the weekly input (mmm-data.ts), the
 * model's fit with intervals and the honesty gate (model/mmm), the budget optimiser on its
 * response curves and a plan for the next weeks (model/optimise). The saved result keeps
 * the curves and their bootstrap draws, so the what-if planner and the plan export reuse
 * them without fitting again.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import type { JobProgress } from '@shared/jobs.js';
import type { MmmParams } from '@shared/analyses/index.js';
import type { MmmLiftTest } from '@shared/analyses/mmm.params.js';
import type { MmmOptimiser, MmmPlanWeek } from '@shared/mmm-plan.js';
import { fitMmm } from '../model/mmm/index.js';
import type { LiftTest, MmmData } from '../model/mmm/index.js';
import { budgetForGoal, maximiseRevenue, planWeeks, targetRoas } from '../model/optimise/index.js';
import { optimiserInputFromFit } from '../model/optimise/from-fit.js';
import type { AllocationChannel } from '../model/optimise/index.js';
import type { MmmInput } from './mmm-data.js';
import { loadMmmInput } from './mmm-data.js';
import { usesPublishedRoasPrior } from '@shared/mmm-words.js';
import type { MmmAnalysis } from '@shared/analyses/mmm.result.js';

export type { MmmAnalysis };

export type { MmmOptimiser, MmmPlanWeek };


const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** A lift test's dates as the weeks it covers (a week counts when any of its days is in the test). */
function liftTestWeeks(test: MmmLiftTest, input: MmmInput): LiftTest {
  const names = input.channels.map((c) => c.name);
  if (!names.includes(test.channel)) throw new AppError('error.mmmUnknownChannel', { channel: test.channel, channels: names.join(', ') });
  const covered = input.weeks.flatMap((week, i) => (week <= test.to && addDays(week, 6) >= test.from ? [i] : []));
  if (covered.length === 0) {
    throw new AppError('error.mmmLiftTestOutside', { channel: test.channel, from: test.from, to: test.to, first: input.weeks[0], last: addDays(input.weeks[input.weeks.length - 1], 6) });
  }
  return { channel: test.channel, fromWeek: covered[0], toWeek: covered[covered.length - 1], incrementalRevenue: test.incrementalRevenue, low: test.low, high: test.high };
}

function overrides(channels: readonly string[], params: MmmParams): Record<string, Partial<AllocationChannel>> {
  for (const name of params.locked) {
    if (!channels.includes(name)) throw new AppError('error.mmmUnknownChannel', { channel: name, channels: channels.join(', ') });
  }
  return Object.fromEntries(channels.map((name) => [name, { locked: params.locked.includes(name) }]));
}

export function runMmm(db: Database, params: MmmParams, _outFile?: string, onProgress?: (p: JobProgress) => void) {
  onProgress?.({ phase: 'loading', fraction: null });
  const input = loadMmmInput(db, params);
  const data: MmmData = { kpi: input.kpi, channels: input.channels, controls: input.controls };
  const common = { source: input.source, kpiName: input.kpiName, weeks: input.weeks, columns: input.columns, notes: input.notes, params };
  onProgress?.({ phase: 'fitting', fraction: null });
  const liftTests = params.liftTests.map((test) => liftTestWeeks(test, input));
  const outcome = fitMmm(data, { seed: params.seed, liftTests, publishedRoasPrior: usesPublishedRoasPrior(input) });
  if (outcome.status === 'refused') return { ...common, status: 'refused', gate: outcome.gate } satisfies MmmAnalysis as MmmAnalysis;

  onProgress?.({ phase: 'optimising', fraction: null });
  const fit = outcome.result;
  const names = input.channels.map((c) => c.name);
  const optimiserInput = optimiserInputFromFit(data, fit, overrides(names, params));
  for (const c of optimiserInput.channels) {
    if (c.locked) continue;
    c.lower = c.currentSpend * params.bounds.lower;
    c.upper = c.currentSpend * params.bounds.upper;
  }
  const current = optimiserInput.channels.map((c) => c.currentSpend);
  const budget = params.budget ?? current.reduce((a, b) => a + b, 0);
  const best = maximiseRevenue(optimiserInput, budget);
  const history = input.channels.map((c) => Array.from(c.spend));
  const lastWeek = input.weeks[input.weeks.length - 1];
  const toPlan = (weekly: number[]): MmmPlanWeek[] =>
    planWeeks(fit.pointDraw, fit.draws, history, weekly, params.planWeeks).map((w, i) => ({
      week: addDays(lastWeek, 7 * (i + 1)),
      spend: w.spend,
      revenue: w.revenue,
      revenueInterval: w.revenueInterval,
    }));
  const optimiser: MmmOptimiser = {
    budget,
    current,
    lower: optimiserInput.channels.map((c) => (c.locked ? c.currentSpend : c.lower!)),
    upper: optimiserInput.channels.map((c) => (c.locked ? c.currentSpend : c.upper!)),
    locked: optimiserInput.channels.map((c) => Boolean(c.locked)),
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
  // The other two questions a budget owner asks, when asked: what it takes to reach a goal, and how far spend can go at a target ROAS.
  const mode = (r: ReturnType<typeof maximiseRevenue>) => ({
    reachable: true as const,
    budget: r.placed,
    allocation: r.allocation,
    expectedRevenue: r.expectedRevenue,
    expectedRevenueInterval: r.expectedRevenueInterval,
  });
  if (params.goalRevenue !== undefined) {
    const forGoal = budgetForGoal(optimiserInput, params.goalRevenue);
    optimiser.forGoal = forGoal ? { goal: params.goalRevenue, ...mode(forGoal) } : { goal: params.goalRevenue, reachable: false };
  }
  if (params.targetRoas !== undefined) optimiser.atTargetRoas = { target: params.targetRoas, ...mode(targetRoas(optimiserInput, params.targetRoas)) };
  return {
    ...common,
    status: 'fitted',
    gate: fit.gate,
    seed: fit.seed,
    channels: fit.channels,
    fit: fit.fit,
    stability: fit.stability,
    decomposition: fit.decomposition,
    settings: fit.settings,
    history,
    pointDraw: fit.pointDraw,
    draws: fit.draws,
    optimiser,
    plan: toPlan(best.allocation),
    planCurrent: toPlan(current),
    ...(fit.calibration ? { calibration: fit.calibration } : {}),
  } satisfies MmmAnalysis as MmmAnalysis;
}
