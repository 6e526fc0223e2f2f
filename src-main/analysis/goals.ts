/**
 * Goals a project tracks (issue 6) and the period measures they are judged by. The
 * measures are the usual e-commerce definitions, computed from the imported orders and
 * spend; every figure whose data is missing or whose denominator is zero is `null`
 * (shown as "—"), never NaN or Infinity.
 *
 * For a period [from, to] (dates inclusive):
 * - spend: Σ spend rows dated in the period.
 * - revenue: Σ order revenue dated in the period (refund rows, negative, are netted in).
 * - a purchase is an order row with revenue ≥ 0; order lines and orders of one customer on
 *   one day are one purchase day (the BG/NBD convention of the LTV model).
 * - new customers: customers whose first purchase in the whole order history falls in the
 *   period. The history starts with the data, so in its first days everyone looks new.
 * - repeat rate: customers with ≥ 2 purchase days in the period ÷ customers with ≥ 1
 *   purchase day in the period (the usual "repeat purchase rate" of a period).
 * - ROAS = revenue ÷ spend, ROI = (revenue − spend) ÷ spend: blended (all revenue against
 *   all ad spend, the "marketing efficiency ratio"), not attributed per channel.
 * - CAC = spend ÷ new customers.
 * - positive share and net sentiment (brand goals): of the reviews dated in the period that
 *   the latest sentiment run labelled, the share positive, and positive − negative share.
 *   Reviews are scored by the sentiment analysis (a job), never while goals are read: without
 *   a saved run these are null and the goal suggests running it.
 * A kind of data that has no rows at all, or whose dates do not overlap the period, gives
 * null for the figures that need it; otherwise partial overlap counts what is there.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { LOWER_IS_BETTER } from '@shared/goals.js';
import { analysesForGoal } from '@shared/analyses/index.js';
import type { Goal, GoalType } from '@shared/goals.js';
import type { goalInputSchema } from '@shared/goals.js';
import type { z } from 'zod';
import { hasData } from './load.js';
import { sentimentCountsIn } from '../store/analyses.js';
import { orderDayRange, orderPeriodFigures } from '../store/order-summary.js';
import { spendDayRange, spendIn } from '../store/queries/spend.js';
import { lastReviewDay } from '../store/reviews.js';
import { deleteGoalRow, goalRow, goalRows, insertGoal, updateGoal } from '../store/goals.js';
import type { GoalRow } from '../store/goals.js';
import { previousPeriod } from '@shared/periods.js';
import type { Period } from '@shared/periods.js';

export interface PeriodMeasures {
  spend: number | null;
  revenue: number | null;
  roi: number | null;
  roas: number | null;
  cac: number | null;
  newCustomers: number | null;
  repeatRate: number | null;
  positiveShare: number | null;
  netSentiment: number | null;
}

const ratio = (n: number | null, d: number | null): number | null => (n === null || d === null || !(d > 0) || !Number.isFinite(n) ? null : n / d);

const overlaps = (a: Period | null, b: Period): boolean => a !== null && a.from <= b.to && b.from <= a.to;

/** The measures of one period (definitions in the file comment). */
export function measurePeriod(db: Database, period: Period): PeriodMeasures {
  const spendData = overlaps(spendDayRange(db), period);
  const orderData = overlaps(orderDayRange(db), period);
  const spend = spendData ? spendIn(db, period) : null;
  let revenue: number | null = null;
  let newCustomers: number | null = null;
  let repeatRate: number | null = null;
  if (orderData) {
    // From the store's order summary (order-summary.ts): the same definitions, without a pass over the rows.
    const orders = orderPeriodFigures(db, period.from, period.to);
    revenue = orders.revenue;
    newCustomers = orders.newCustomers;
    repeatRate = ratio(orders.repeaters, orders.buyers);
  }
  const labels = sentimentCountsIn(db, period.from, period.to);
  const scored = labels === null ? null : labels.positive + labels.neutral + labels.negative;
  const positiveShare = labels === null ? null : ratio(labels.positive, scored);
  return {
    positiveShare,
    netSentiment: positiveShare === null || labels === null ? null : positiveShare - (ratio(labels.negative, scored) ?? 0),
    spend,
    revenue,
    roas: ratio(revenue, spend),
    roi: revenue === null ? null : ratio(revenue - (spend ?? 0), spend),
    cac: ratio(spend, newCustomers),
    newCustomers,
    repeatRate,
  };
}

const MEASURE_OF: Record<GoalType, keyof PeriodMeasures> = {
  'new-customers': 'newCustomers',
  'repeat-rate': 'repeatRate',
  revenue: 'revenue',
  roi: 'roi',
  roas: 'roas',
  cac: 'cac',
  'net-sentiment': 'netSentiment',
  'positive-share': 'positiveShare',
};

/** The data kinds each goal's measure reads. */
export const GOAL_DATA: Record<GoalType, ('orders' | 'spend' | 'reviews')[]> = {
  'new-customers': ['orders'],
  'repeat-rate': ['orders'],
  revenue: ['orders'],
  roi: ['orders', 'spend'],
  roas: ['orders', 'spend'],
  cac: ['spend', 'orders'],
  'net-sentiment': ['reviews'],
  'positive-share': ['reviews'],
};

/**
 * How far the measure has come from its baseline toward the target, 0…1 (capped). A goal
 * already met is 1. Without a baseline, a higher-is-better goal is measured from zero; a
 * lower-is-better one (CAC) can only be met or not.
 */
export function goalProgress(type: GoalType, target: number, baseline: number | null, current: number | null): number | null {
  if (current === null) return null;
  const lower = LOWER_IS_BETTER.has(type);
  if (lower ? current <= target : current >= target) return 1;
  const clamp = (x: number): number => Math.min(1, Math.max(0, x));
  if (baseline === null) return !lower && target > 0 ? clamp(current / target) : null;
  const gap = target - baseline;
  // A baseline already beyond the target, while the current figure is not: no way measured.
  if (lower ? gap >= 0 : gap <= 0) return 0;
  return clamp((current - baseline) / gap);
}

/** A goal with its figures measured on the project's data now (data may have changed since it was set). */
export function evaluateGoal(
  db: Database,
  row: GoalRow,
  measures: (p: Period) => PeriodMeasures = (p) => measurePeriod(db, p),
  asOf: string | null = lastDataDay(db),
): Goal {
  const period = { from: row.period_start, to: row.period_end };
  const key = MEASURE_OF[row.type];
  const current = measures(period)[key];
  const baseline = measures(previousPeriod(period))[key];
  return {
    id: row.id,
    type: row.type,
    target: row.target,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    budget: row.budget,
    note: row.note,
    createdAt: row.created_at,
    baseline,
    current,
    progress: goalProgress(row.type, row.target, baseline, current),
    suggestedAnalyses: analysesForGoal(row.type),
    missingData: GOAL_DATA[row.type].filter((kind) => !hasData(db, kind)),
    asOf,
  };
}

/** The last day with orders, spend or reviews: the "today" goals are measured to (issue 14 finding 13). */
export function lastDataDay(db: Database): string | null {
  const days = (['orders', 'spend', 'reviews'] as const)
    .filter((kind) => hasData(db, kind))
    .map((kind) => (kind === 'orders' ? (orderDayRange(db)?.to ?? null) : kind === 'spend' ? (spendDayRange(db)?.to ?? null) : lastReviewDay(db)))
    .filter((d): d is string => d !== null);
  return days.length ? days.sort().at(-1)! : null;
}

export function listGoals(db: Database): Goal[] {
  const cache = new Map<string, PeriodMeasures>();
  const measures = (p: Period): PeriodMeasures => {
    const key = `${p.from}|${p.to}`;
    return cache.get(key) ?? cache.set(key, measurePeriod(db, p)).get(key)!;
  };
  const rows = goalRows(db);
  const asOf = lastDataDay(db);
  return rows.map((r) => evaluateGoal(db, r, measures, asOf));
}

/** Adds a goal, or replaces the one with `input.id`; the baseline at this moment is kept with it. */
export function saveGoal(db: Database, input: z.output<typeof goalInputSchema>): Goal {
  const baseline = measurePeriod(db, previousPeriod({ from: input.periodStart, to: input.periodEnd }))[MEASURE_OF[input.type]];
  const fields = { ...input, baseline };
  let id = input.id;
  if (id !== undefined) {
    if (!updateGoal(db, id, fields)) throw new AppError('error.goalNotFound', { id });
  } else {
    id = insertGoal(db, fields, new Date().toISOString());
  }
  return evaluateGoal(db, goalRow(db, id)!);
}

export function deleteGoal(db: Database, id: number): boolean {
  return deleteGoalRow(db, id);
}
