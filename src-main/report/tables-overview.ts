/** The overview tables of a report: key figures, goals, data quality and skipped sections. */
import type { ReportSection } from '@shared/api.js';
import { BRAND_KPIS } from '@shared/dashboard.js';
import type { KpiKey } from '@shared/dashboard.js';
import type { Goal, GoalType } from '@shared/goals.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { describeError } from '@shared/i18n/describe-error.js';
import type { Period } from '@shared/periods.js';
import { monthEnd } from '@shared/periods.js';
import type { Formatter } from './format.js';
import type { ReportContents, SkipReason } from './contents.js';
import type { CellKind, ReportTable } from './table.js';
import { typed } from './table.js';

export const KPI_KIND: Record<KpiKey, CellKind> = {
  spend: 'money',
  revenue: 'money',
  roi: 'percent',
  roas: 'ratio',
  cac: 'money',
  newCustomers: 'int',
  repeatRate: 'percent',
  positiveShare: 'percent',
  netSentiment: 'percent',
};

export const GOAL_KIND: Record<GoalType, CellKind> = {
  'new-customers': 'int',
  'repeat-rate': 'percent',
  revenue: 'money',
  roi: 'percent',
  roas: 'ratio',
  cac: 'money',
  'net-sentiment': 'percent',
  'positive-share': 'percent',
};

/** "December 2025" / "2025年12月" for a calendar month, else "from – to". */
export function periodLabel(p: Period, f: Formatter): string {
  if (p.from.endsWith('-01') && p.to === monthEnd(p.from)) {
    const [y, m] = p.from.split('-').map(Number);
    return f.lang === 'zh-CN' ? `${y}年${m}月` : new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  }
  return `${f.date(p.from)} – ${f.date(p.to)}`;
}

export function kpiTable(m: ReportContents, f: Formatter): ReportTable | null {
  if (!m.whole || !m.recent || !m.range) return null;
  const recent = m.recent;
  return {
    id: 'kpis',
    title: f.t('report.keyFigures'),
    columns: [
      { label: f.t('report.kpi.measure'), kind: 'text' },
      { label: `${f.t('report.kpi.whole')} (${periodLabel(m.range, f)})`, kind: 'number' },
      { label: periodLabel(recent.previous, f), kind: 'number' },
      { label: periodLabel(recent.period, f), kind: 'number' },
      { label: f.t('report.kpi.change'), kind: 'percent' },
    ],
    // Review figures only where the project has them (a sentiment run).
    rows: recent.kpis.filter((k) => !BRAND_KPIS.has(k.key) || k.value !== null || k.previous !== null || m.whole![k.key] !== null).map((k) => [
      f.t(`term.${k.key}`),
      typed(m.whole![k.key], KPI_KIND[k.key]),
      typed(k.previous, KPI_KIND[k.key]),
      typed(k.value, KPI_KIND[k.key]),
      k.change,
    ]),
    note: f.t('report.kpi.note'),
  };
}

export const goalName = (g: Goal, f: Formatter): string => f.t(`report.goal.${g.type}` as MessageKey) + (g.note ? ` — ${g.note}` : '');

export function goalsTable(goals: readonly Goal[], f: Formatter): ReportTable {
  return {
    id: 'goals',
    title: f.t('report.section.goals'),
    columns: [
      { label: f.t('report.col.goal'), kind: 'text' },
      { label: f.t('report.col.period'), kind: 'text' },
      { label: f.t('report.col.baseline'), kind: 'number' },
      { label: f.t('report.col.current'), kind: 'number' },
      { label: f.t('report.col.target'), kind: 'number' },
      { label: f.t('report.col.progress'), kind: 'percent' },
      { label: f.t('report.col.budget'), kind: 'money' },
      { label: f.t('report.col.suggested'), kind: 'text' },
    ],
    rows: goals.map((g) => [
      goalName(g, f),
      periodLabel({ from: g.periodStart, to: g.periodEnd }, f),
      typed(g.baseline, GOAL_KIND[g.type]),
      typed(g.current, GOAL_KIND[g.type]),
      typed(g.target, GOAL_KIND[g.type]),
      g.progress,
      g.budget,
      g.missingData.length
        ? f.t('report.goals.missing', { kinds: f.list(g.missingData.map((k) => f.t(`ui.kind.${k}` as MessageKey))) })
        : f.list(g.suggestedAnalyses.map((a) => f.t(`report.analysis.${a}` as MessageKey))),
    ]),
  };
}

export function datasetsTable(m: ReportContents, f: Formatter): ReportTable {
  return {
    id: 'datasets',
    title: f.t('report.section.quality'),
    columns: [
      { label: f.t('report.col.file'), kind: 'text' },
      { label: f.t('report.col.kind'), kind: 'text' },
      { label: f.t('report.col.encoding'), kind: 'text' },
      { label: f.t('report.col.rowsRead'), kind: 'int' },
      { label: f.t('report.col.imported'), kind: 'int' },
      { label: f.t('report.col.rejected'), kind: 'int' },
      { label: f.t('report.col.duplicates'), kind: 'int' },
      { label: f.t('report.col.duplicatePolicy'), kind: 'text' },
      { label: f.t('report.col.importedAt'), kind: 'date' },
    ],
    rows: m.datasets.map((d) => [
      d.file,
      f.t(`ui.kind.${d.kind}` as MessageKey),
      d.encoding,
      d.rowsRead,
      d.rowsImported,
      d.rowsRejected,
      d.quality.duplicates?.count ?? d.duplicatesRemoved,
      // Imports before the choice existed dropped them.
      f.t(d.quality.duplicates?.policy === 'keep' ? 'report.duplicates.kept' : 'report.duplicates.dropped'),
      d.importedAt.slice(0, 10),
    ]),
    marked: m.datasets.map((d) => d.rowsRejected > 0 || m.overlaps.some((o) => o.datasets.includes(d.id))),
  };
}

/** Rows more than one dataset holds, per kind: they count twice until one is removed or re-imported with replace. */
export function overlapsTable(m: ReportContents, f: Formatter): ReportTable | null {
  if (m.overlaps.length === 0) return null;
  const fileOf = (id: number): string => m.datasets.find((d) => d.id === id)?.file ?? `#${id}`;
  return {
    id: 'overlaps',
    title: f.t('report.quality.overlaps'),
    columns: [
      { label: f.t('report.col.kind'), kind: 'text' },
      { label: f.t('report.col.files'), kind: 'text' },
      { label: f.t('report.col.rows'), kind: 'int' },
      { label: f.t('report.col.period'), kind: 'text' },
      { label: f.t('report.col.money'), kind: 'money' },
    ],
    rows: m.overlaps.map((o) => [
      f.t(`ui.kind.${o.kind}` as MessageKey),
      f.list(o.datasets.map(fileOf)),
      o.rows,
      o.from && o.to ? `${o.from} – ${o.to}` : '—',
      o.money,
    ]),
    marked: m.overlaps.map(() => true),
  };
}

/** Problems by kind per file, from the quality reports (the rows themselves stay in the project). */
export function issuesTable(m: ReportContents, f: Formatter): ReportTable | null {
  const rows: ReportTable['rows'] = [];
  for (const d of m.datasets) {
    for (const [code, count] of Object.entries(d.quality.issuesByCode ?? {})) {
      if (count) rows.push([d.file, f.t(code as MessageKey, { value: '…' }), count]);
    }
  }
  if (rows.length === 0) return null;
  return {
    id: 'issues',
    title: f.t('report.quality.issues'),
    columns: [
      { label: f.t('report.col.file'), kind: 'text' },
      { label: f.t('report.col.problem'), kind: 'text' },
      { label: f.t('report.col.count'), kind: 'int' },
    ],
    rows,
  };
}

export function skipText(reason: SkipReason, f: Formatter): string {
  return 'error' in reason ? f.t('report.skip.failed', { detail: describeError(f.lang, reason.error) }) : f.t(reason.key, reason.params);
}

export function skippedTable(m: ReportContents, f: Formatter): ReportTable | null {
  const entries = Object.entries(m.skipped) as [ReportSection, SkipReason][];
  if (entries.length === 0) return null;
  return {
    id: 'skipped',
    title: f.t('report.skippedTitle'),
    columns: [
      { label: f.t('report.col.section'), kind: 'text' },
      { label: f.t('report.col.reason'), kind: 'text' },
    ],
    rows: entries.map(([s, r]) => [f.t(`report.section.${s}` as MessageKey), skipText(r, f)]),
  };
}
