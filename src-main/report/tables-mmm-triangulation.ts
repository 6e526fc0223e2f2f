/**
 * Triangulation in the report (issue 12, item 8), beside the marketing-mix section: per
 * channel the model's ROAS with its 90 % interval, the attribution models' ROAS (tracked
 * conversions only), and the lift tests the fit was calibrated with; then each
 * disagreement in words. The same comparison as the Models step's view
 * (src-shared/mmm-triangulation.ts), so the report and the screen never differ.
 */
import type { MessageKey } from '@shared/i18n/index.js';
import { triangulate } from '@shared/mmm-triangulation.js';
import type { TriangulatedChannel } from '@shared/mmm-triangulation.js';
import type { AttributionAnalysis, MmmAnalysis } from '../analysis/results.js';
import type { Formatter } from './format.js';
import { channelLabel, modelLabel } from './labels.js';
import type { ReportTable } from './table.js';
import { adviceModel, modelsOf } from './tables-channels.js';

type Fitted = Extract<MmmAnalysis, { status: 'fitted' }>;
type RoiRows = NonNullable<AttributionAnalysis['models']['markov']>;

export interface MmmTriangulation {
  models: string[];
  rows: TriangulatedChannel[];
}

export function mmmTriangulation(mmm: Fitted, attribution: AttributionAnalysis | null): MmmTriangulation {
  const models = attribution ? modelsOf(attribution) : [];
  const byModel = attribution ? Object.fromEntries(models.map((m) => [m, (attribution.models as Record<string, RoiRows | undefined>)[m] ?? []])) : {};
  const preferred = attribution ? [adviceModel(attribution), 'markov', 'last', ...models] : [];
  const rows = triangulate(
    mmm.channels.map((c) => ({ channel: c.channel, roas: c.roas, low: c.roasInterval.low, high: c.roasInterval.high })),
    byModel,
    preferred,
  );
  return { models, rows };
}

/** A lift test the fit was calibrated with, in a cell: what it measured and how far it moved the channel's ROAS. */
function liftCell(mmm: Fitted, channel: string, f: Formatter): string {
  const effects = (mmm.calibration ?? []).filter((e) => e.channel === channel);
  return effects.map((e) => f.t('report.mmm.tri.lift', { measured: f.money(e.measured), before: f.number(e.roasWithout, 2), after: f.number(e.roasWith, 2) })).join('; ');
}

export function mmmTriangulationTable(mmm: Fitted, tri: MmmTriangulation, f: Formatter): ReportTable {
  return {
    id: 'mmmTriangulation',
    title: f.t('ui.mmm.tri.title'),
    columns: [
      { label: f.t('ui.mmm.col.channel'), kind: 'text' },
      { label: f.t('ui.mmm.tri.col.mmm'), kind: 'ratio' },
      { label: f.t('ui.mmm.col.low'), kind: 'ratio' },
      { label: f.t('ui.mmm.col.high'), kind: 'ratio' },
      ...tri.models.map((m) => ({ label: modelLabel(m, f), kind: 'ratio' as const })),
      { label: f.t('report.mmm.tri.liftColumn'), kind: 'text' },
    ],
    rows: tri.rows.map((r) => [channelLabel(r.channel, f), r.roas, r.low, r.high, ...tri.models.map((m) => r.attribution[m] ?? null), liftCell(mmm, r.channel, f) || '—']),
    marked: tri.rows.map((r) => r.verdict === 'attributionHigher' || r.verdict === 'attributionLower'),
  };
}

/** Each channel's comparison in a sentence (agreement too: it is a finding), then what to read from a sheet's other KPI. */
export function mmmTriangulationSentences(mmm: Fitted, tri: MmmTriangulation, f: Formatter): string[] {
  if (!tri.models.length) return [f.t('report.mmm.tri.noAttribution')];
  const lines: string[] = [];
  if (mmm.source === 'sheet') lines.push(f.t('ui.mmm.tri.otherKpi', { kpi: mmm.kpiName }));
  for (const r of tri.rows) {
    if (r.verdict === 'noAttribution' || !r.model) continue;
    const key: MessageKey = `ui.mmm.tri.${r.verdict}`;
    lines.push(f.t(key, { channel: channelLabel(r.channel, f), model: modelLabel(r.model, f), value: f.number(r.attribution[r.model] ?? 0, 2), low: f.number(r.low, 2), high: f.number(r.high, 2) }));
  }
  return lines;
}
