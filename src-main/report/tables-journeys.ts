/**
 * The funnel and cohort tables of a report (issue 16, item 4): customers at each funnel
 * step with the conversion and loss, the same by the channel of the first touch, and the
 * cohort retention and revenue triangles (a month not yet observed stays empty).
 */
import type { CohortsAnalysis, FunnelAnalysis } from '../analysis/results.js';
import type { Formatter } from './format.js';
import type { ReportTable } from './table.js';
import { channelLabel } from './labels.js';

/**
 * Months after the first order a PDF page has room for (percentages are narrower than
 * amounts); the workbook holds them all.
 */
export const COHORT_MONTHS_IN_PDF = { retention: 12, revenue: 8 } as const;

export function funnelStepsTable(r: FunnelAnalysis, f: Formatter): ReportTable {
  return {
    id: 'funnelSteps',
    title: f.t('report.funnel.stepsTable'),
    columns: [
      { label: f.t('report.col.step'), kind: 'text' },
      { label: f.t('report.col.reached'), kind: 'int' },
      { label: f.t('report.col.stepConversion'), kind: 'percent' },
      { label: f.t('report.col.overallConversion'), kind: 'percent' },
      { label: f.t('report.col.dropOff'), kind: 'int' },
    ],
    // The first step loses no one on the way to it: no drop-off to show.
    rows: r.steps.map((s, i) => [s.step, s.users, i === 0 ? null : s.stepConversion, s.overallConversion, i === 0 ? null : s.dropOff]),
  };
}

export function funnelChannelsTable(r: FunnelAnalysis, f: Formatter): ReportTable | null {
  if (r.byFirstChannel.length === 0) return null;
  const last = r.steps.length - 1;
  return {
    id: 'funnelChannels',
    title: f.t('report.funnel.channelsTable'),
    columns: [{ label: f.t('report.col.firstChannel'), kind: 'text' }, ...r.steps.map((s) => ({ label: s.step, kind: 'int' as const })), { label: f.t('report.col.overallConversion'), kind: 'percent' }],
    rows: r.byFirstChannel.map((c) => [channelLabel(c.channel, f), ...c.steps.map((s) => s.users), c.steps[last]?.overallConversion ?? null]),
  };
}

function cohortTable(r: CohortsAnalysis, f: Formatter, measure: 'retention' | 'revenue', months: number): ReportTable {
  // Retention in month 0 is 100 % by definition: it starts at month 1; revenue at month 0.
  const offsets = Array.from({ length: Math.min(r.maxOffset, months) + 1 }, (_, k) => k).filter((k) => measure === 'revenue' || k > 0);
  return {
    id: measure === 'retention' ? 'cohortRetention' : 'cohortRevenue',
    title: f.t(measure === 'retention' ? 'report.cohorts.retentionTable' : 'report.cohorts.revenueTable'),
    columns: [
      { label: f.t('report.col.cohort'), kind: 'text' },
      { label: f.t('report.col.customers'), kind: 'int' },
      ...offsets.map((k) => ({ label: `+${k}`, kind: measure === 'retention' ? ('percent' as const) : ('money' as const) })),
    ],
    rows: r.cohorts.map((c) => [c.cohort, c.customers, ...offsets.map((k) => (measure === 'retention' ? c.retention[k] : c.revenue[k]) ?? null)]),
  };
}

export const cohortRetentionTable = (r: CohortsAnalysis, f: Formatter, months = Number.POSITIVE_INFINITY): ReportTable => cohortTable(r, f, 'retention', months);
export const cohortRevenueTable = (r: CohortsAnalysis, f: Formatter, months = Number.POSITIVE_INFINITY): ReportTable => cohortTable(r, f, 'revenue', months);
