/**
 * The dashboard of a project (issue 6): KPI tiles for a period against the previous one,
 * goals with their progress, channel ROI from the latest attribution analysis, monthly
 * trends over the whole history and the latest run of each analysis. Saved runs are shown
 * as they are, marked `current: false` when the data changed since (never recomputed here:
 * the dashboard is read after every job, and an analysis can take seconds).
 *
 * Default period: the last calendar month the data covers completely (orders and spend
 * together; e.g. data to 2025-12-31 → December 2025, data to 2025-12-15 → November 2025).
 * When the data spans no whole month, the last 30 days of data; without any data, the
 * 30 days up to today. The previous period follows `previousPeriod` (the month before a
 * month; otherwise as many days just before).
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { KPI_KEYS } from '@shared/dashboard.js';
import type { Dashboard, Kpi } from '@shared/dashboard.js';
import type { AttributionAnalysis } from './attribution.js';
import { latestAnalysis, latestRunOfEachKind } from '../store/analyses.js';
import { upgradeResult } from '@shared/analyses/versions.js';
import { isAnalysisCurrent } from '../store/datasets.js';
import { storedOverlaps } from '../store/overlaps.js';
import { orderDayRange, orderMonths } from '../store/order-summary.js';
import { listGoals, measurePeriod } from './goals.js';
import type { PeriodMeasures } from './goals.js';
import { addDays, monthEnd, previousPeriod } from '@shared/periods.js';
import type { Period } from '@shared/periods.js';
import { platformReportedByChannel, spendByMonth, spendDayRange } from '../store/queries/spend.js';

/** [first, last] day over orders and spend, or null without either. */
export function dataRange(db: Database): Period | null {
  const orders = orderDayRange(db);
  const spend = spendDayRange(db);
  const los = [orders?.from, spend?.from].filter((d): d is string => Boolean(d));
  const his = [orders?.to, spend?.to].filter((d): d is string => Boolean(d));
  return los.length && his.length ? { from: los.sort()[0], to: his.sort().at(-1)! } : null;
}

/** The default dashboard period (see the file comment). */
export function defaultPeriod(range: Period | null, today = new Date().toISOString().slice(0, 10)): Period {
  if (!range) return { from: addDays(today, -29), to: today };
  const lastMonthStart = `${range.to.slice(0, 7)}-01`;
  const start = monthEnd(range.to) === range.to ? lastMonthStart : `${addDays(lastMonthStart, -1).slice(0, 7)}-01`;
  if (start >= range.from) return { from: start, to: monthEnd(start) };
  return { from: addDays(range.to, -29) < range.from ? range.from : addDays(range.to, -29), to: range.to };
}

/** The period asked for, completed from the data where a bound is left out. */
export function choosePeriod(db: Database, from?: string, to?: string): Period {
  const range = dataRange(db);
  if (!from && !to) return defaultPeriod(range);
  const end = to ?? range?.to ?? new Date().toISOString().slice(0, 10);
  const start = from ?? addDays(end, -29);
  if (start > end) throw new AppError('error.invalidInput', { detail: `from (${start}) is after to (${end})` });
  return { from: start, to: end };
}

const change = (value: number | null, previous: number | null): number | null =>
  value === null || previous === null || previous === 0 ? null : (value - previous) / Math.abs(previous);

export function kpiTiles(now: PeriodMeasures, before: PeriodMeasures): Kpi[] {
  return KPI_KEYS.map((key) => ({ key, value: now[key], previous: before[key], change: change(now[key], before[key]) }));
}

/** Spend, revenue and new customers per calendar month from the first to the last month of data. */
export function monthlyTrends(db: Database): Dashboard['trends'] {
  const range = dataRange(db);
  if (!range) return { months: [], spend: [], revenue: [], newCustomers: [] };
  const months: string[] = [];
  for (let m = range.from.slice(0, 7); m <= range.to.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) months.push(m);
  const at = new Map(months.map((m, i) => [m, i]));
  const spend = new Array<number>(months.length).fill(0);
  for (const m of spendByMonth(db)) {
    const i = at.get(m.month);
    if (i !== undefined) spend[i] = m.spend;
  }
  const revenue = new Array<number>(months.length).fill(0);
  const newCustomers = new Array<number>(months.length).fill(0);
  for (const m of orderMonths(db)) {
    const i = at.get(m.month);
    if (i === undefined) continue;
    revenue[i] = m.revenue;
    newCustomers[i] = m.newCustomers;
  }
  return { months, spend, revenue, newCustomers };
}

/**
 * Channel ROI of the latest attribution analysis, by the model its budget advice used; with
 * no attribution run, what the ad platforms report over all the data (as attribution reads
 * all of it by default), when they report revenue.
 */
export function latestChannelRoi(db: Database): Dashboard['channelRoi'] {
  const saved = latestAnalysis<Record<string, unknown>>(db, 'attribution');
  if (!saved) return platformChannelRoi(db);
  // A result from another version of the analysis is not read with this one's shape.
  const readable = upgradeResult('attribution', saved.version, saved.result);
  if (!readable.ok) return null;
  const latest = { ...saved, result: readable.result as unknown as AttributionAnalysis };
  const asked = (latest.params as { adviceModel?: string }).adviceModel ?? 'markov';
  const models = latest.result.models as Record<string, AttributionAnalysis['models']['markov']>;
  const model = models[asked] ? asked : (latest.result.advice?.model ?? Object.keys(models)[0]);
  const rows = models[model] ?? [];
  return {
    basis: latest.result.source === 'orders' ? 'orderSource' : 'attribution',
    model,
    createdAt: latest.createdAt,
    current: isAnalysisCurrent(db, latest),
    rows: rows.map((r) => ({ channel: r.channel, spend: r.spend, value: r.value, roas: r.roas, roi: r.roi })),
  };
}

function platformChannelRoi(db: Database): Dashboard['channelRoi'] {
  const rows = platformReportedByChannel(db);
  if (!rows || rows.every((r) => r.revenue === null)) return null;
  return {
    basis: 'platform',
    model: 'platform',
    createdAt: '',
    current: true,
    // A channel whose export has no revenue column has no reported return to show.
    rows: rows.filter((r) => r.revenue !== null).map((r) => ({ channel: r.channel, spend: r.spend, value: r.revenue ?? 0, roas: r.roas, roi: r.roas === null ? null : r.roas - 1 })),
  };
}

export function latestAnalyses(db: Database): Dashboard['analyses'] {
  return latestRunOfEachKind(db).map((r) => ({ ...r, current: isAnalysisCurrent(db, r) }));
}

export function buildDashboard(db: Database, asked: { from?: string; to?: string } = {}): Dashboard {
  const period = choosePeriod(db, asked.from, asked.to);
  const previous = previousPeriod(period);
  return {
    period,
    previous,
    kpis: kpiTiles(measurePeriod(db, period), measurePeriod(db, previous)),
    goals: listGoals(db),
    channelRoi: latestChannelRoi(db),
    trends: monthlyTrends(db),
    analyses: latestAnalyses(db),
    overlaps: storedOverlaps(db),
  };
}
