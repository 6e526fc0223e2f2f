/** The attribution tables of a report: channel ROI, the model comparison and the budget advice. */
import { ATTRIBUTION_DEFAULTS } from '@shared/analyses/attribution.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { AttributionAnalysis } from '../analysis/attribution.js';
import type { Formatter } from './format.js';
import { channelLabel, modelLabel } from './labels.js';
import type { ReportTable } from './table.js';

type RoiRows = NonNullable<AttributionAnalysis['models']['markov']>;
type Triangulation = AttributionAnalysis['triangulation'][number];

/** The model a report judges channels by: the one the budget advice used. */
export function adviceModel(a: AttributionAnalysis): string {
  const models = a.models as Record<string, RoiRows | undefined>;
  const asked = a.advice?.model;
  return asked && models[asked] ? asked : (Object.keys(models)[0] ?? 'markov');
}

export function roiRows(a: AttributionAnalysis, model = adviceModel(a)): RoiRows {
  return (a.models as Record<string, RoiRows | undefined>)[model] ?? [];
}

const roiColumns = (f: Formatter): ReportTable['columns'] => [
  { label: f.t('report.col.channel'), kind: 'text' },
  { label: f.t('report.col.conversions'), kind: 'number' },
  { label: f.t('report.col.value'), kind: 'money' },
  { label: f.t('report.col.spend'), kind: 'money' },
  { label: f.t('report.col.cpa'), kind: 'money' },
  { label: f.t('report.col.roas'), kind: 'ratio' },
  { label: f.t('report.col.roi'), kind: 'percent' },
];

const roiCells = (r: RoiRows[number], f: Formatter): ReportTable['rows'][number] => [channelLabel(r.channel, f), r.conversions, r.value, r.spend, r.cpa, r.roas, r.roi];

export function channelRoiTable(a: AttributionAnalysis, f: Formatter): ReportTable {
  const model = adviceModel(a);
  return { id: 'channelRoi', title: f.t('report.channels.roiTable', { model: modelLabel(model, f) }), columns: roiColumns(f), rows: roiRows(a, model).map((r) => roiCells(r, f)) };
}

/** Every model's channel ROI in one long table (the Excel sheet filters it by model). */
export function channelRoiAllModelsTable(a: AttributionAnalysis, f: Formatter): ReportTable {
  const rows = Object.entries(a.models as Record<string, RoiRows | undefined>).flatMap(([model, list]) => (list ?? []).map((r) => [modelLabel(model, f), ...roiCells(r, f)]));
  return { id: 'channelRoiAll', title: f.t('report.sheet.channelRoi'), columns: [{ label: f.t('report.col.model'), kind: 'text' }, ...roiColumns(f)], rows };
}

/** What the ad platforms report in the spend exports: a basis of its own (null when they report nothing). */
export function platformReportedTable(a: AttributionAnalysis, f: Formatter): ReportTable | null {
  // Results saved before this basis existed have no such field.
  const rows = a.platformReported ?? null;
  if (!rows) return null;
  return {
    id: 'platformReported',
    title: f.t('report.channels.platformTable'),
    columns: [
      { label: f.t('report.col.channel'), kind: 'text' },
      { label: f.t('report.col.spend'), kind: 'money' },
      { label: f.t('ui.models.platform.conversions'), kind: 'number' },
      { label: f.t('ui.models.platform.revenue'), kind: 'money' },
      { label: f.t('ui.models.platform.roas'), kind: 'ratio' },
    ],
    rows: rows.map((r) => [channelLabel(r.channel, f), r.spend, r.conversions, r.revenue, r.roas]),
  };
}

export function modelsOf(a: AttributionAnalysis): string[] {
  return Object.keys(a.models).filter((m) => a.triangulation.some((t) => (t.shares as Record<string, number | undefined>)[m] !== undefined));
}

export function triangulationTable(a: AttributionAnalysis, f: Formatter): ReportTable {
  const models = modelsOf(a);
  return {
    id: 'triangulation',
    title: f.t('report.channels.comparison'),
    columns: [
      { label: f.t('report.col.channel'), kind: 'text' },
      ...models.map((m) => ({ label: modelLabel(m, f), kind: 'points' as const })),
      { label: f.t('report.col.spread'), kind: 'points' },
      { label: f.t('report.col.flagged'), kind: 'text' },
    ],
    rows: a.triangulation.map((t) => [
      channelLabel(t.channel, f),
      ...models.map((m) => (t.shares as Record<string, number | undefined>)[m] ?? null),
      t.spread,
      t.flagged ? '⚠' : '',
    ]),
    marked: a.triangulation.map((t) => t.flagged),
  };
}

/** A disagreement reason in words: shares as percentages, model ids as names. */
export function reasonText(t: Triangulation, f: Formatter): string[] {
  return t.reasons.map((r) => {
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(r.params)) {
      if (k === 'channel') params[k] = channelLabel(String(v), f);
      else if (/Model$/.test(k)) params[k] = modelLabel(String(v), f);
      else params[k] = typeof v === 'number' ? `${f.points(v)}%` : v;
    }
    return f.t(`report.reason.${r.code}` as MessageKey, params);
  });
}

/** `maxChangeShare` is the analysis parameter (±30 % by default); the advice's own record of it wins. */
export function budgetTable(a: AttributionAnalysis, f: Formatter, maxChangeShare: number = ATTRIBUTION_DEFAULTS.maxChangeShare): ReportTable | null {
  if (!a.advice) return null;
  const share = a.advice.maxChangeShare ?? maxChangeShare;
  const unallocated = a.advice.unallocated ?? 0;
  const note = f.t('report.channels.budgetNote', { gain: f.money(a.advice.expectedValueChange) });
  return {
    id: 'budget',
    title: f.t('report.channels.budget', { share: f.percent(share, 0), breakEven: f.number(a.advice.breakEvenRoas ?? 1, 2) }),
    columns: [
      { label: f.t('report.col.channel'), kind: 'text' },
      { label: f.t('report.col.now'), kind: 'money' },
      { label: f.t('report.col.advised'), kind: 'money' },
      { label: f.t('report.col.change'), kind: 'money' },
      { label: `${f.t('report.col.change')} %`, kind: 'percent' },
      { label: f.t('report.col.roas'), kind: 'ratio' },
      { label: f.t('report.col.valueChange'), kind: 'money' },
      { label: f.t('report.col.note'), kind: 'text' },
    ],
    rows: [...a.advice.rows]
      .sort((x, y) => y.change - x.change)
      .map((r) => [
        channelLabel(r.channel, f),
        r.currentSpend,
        r.recommendedSpend,
        r.change,
        r.changeShare,
        r.roas,
        r.expectedValueChange,
        r.notes.map((n) => f.t(`report.note.${n}` as MessageKey)).join(f.lang === 'zh-CN' ? '；' : '; '),
      ]),
    note: unallocated > 0 ? `${note} ${f.t('report.channels.budgetUnallocated', { amount: f.money(unallocated) })}` : note,
  };
}
