/** The analysis chapters of the HTML report: channels (attribution), segments, lifetime value and products bought together. */
import type { MessageKey } from '@shared/i18n/index.js';
import { mmmKpiText, usesPublishedRoasPrior } from '@shared/mmm-words.js';
import { THINNESS_TEXTS, WARNING_TEXTS } from '../../model/customer/index.js';
import type { Formatter } from '../format.js';
import { escapeHtml } from '../format.js';
import type { ReportContents } from '../contents.js';
import type { ChartId, ReportChart } from '../report-charts.js';
import { bilingual, channelLabel, modelLabel } from '../labels.js';
import { adviceModel, budgetTable, channelRoiTable, platformReportedTable, reasonText } from '../tables-channels.js';
import { atRiskTable, byFrequencyTable, clustersTable, ltvParamsTable, rfmSegmentsTable, scorecardTable, zhSegmentsTable } from '../tables-customers.js';
import { basketIntro, basketRulesTable, bundleSentences } from '../tables-basket.js';
import { mmmChannelsTable, mmmFitSentence, mmmPlanSentences, mmmPlanTable, mmmScenariosTable, mmmVerdictLines } from '../tables-mmm.js';
import { mmmTriangulation, mmmTriangulationSentences, mmmTriangulationTable } from '../tables-mmm-triangulation.js';
import { figureHtml, paragraph, provenance, tableHtml } from './blocks.js';
import type { AttributionAnalysis, MmmAnalysis } from '../../analysis/results.js';

type FittedMmm = Extract<MmmAnalysis, { status: 'fitted' }>;

type Charts = Partial<Record<ChartId, ReportChart>>;

/** Customers at risk listed in the PDF; the Excel report has the full kept list. */
export const AT_RISK_ROWS_IN_PDF = 12;

export function channelsBody(m: ReportContents, f: Formatter, charts: Charts): string {
  const run = m.attribution;
  if (!run) return '';
  const a = run.result;
  const intro = f.t('report.channels.intro', {
    journeys: f.number(a.journeys),
    conversions: f.number(a.conversions),
    value: f.money(a.value),
    source: f.t(`report.channels.source.${a.source}` as MessageKey),
    model: modelLabel(adviceModel(a), f),
  });
  const reasons = a.triangulation.filter((t) => t.flagged).flatMap((t) => reasonText(t, f));
  const budget = budgetTable(a, f, typeof run.params.maxChangeShare === 'number' ? run.params.maxChangeShare : undefined);
  const notInBudget = a.advice?.notInBudget.length ? paragraph(f.t('report.channels.notInBudget', { channels: f.list(a.advice.notInBudget.map((c) => channelLabel(c, f))) }), 'table-note') : '';
  const platform = platformReportedTable(a, f);
  return [
    paragraph(intro),
    tableHtml(channelRoiTable(a, f), f),
    platform ? tableHtml(platform, f) + paragraph(f.t('report.channels.platformNote'), 'table-note') : '',
    figureHtml(charts.roas),
    `<div class="keep">${figureHtml(charts.triangulation)}${reasons.length ? paragraph(f.t('report.channels.comparisonNote', { reasons: reasons.join(f.lang === 'zh-CN' ? '；' : '; ') }), 'table-note') : ''}</div>`,
    budget ? tableHtml(budget, f) : '',
    notInBudget,
    figureHtml(charts.budget),
    provenance(run, 'attribution', f),
  ].join('');
}

export function segmentsBody(m: ReportContents, f: Formatter, charts: Charts): string {
  const run = m.segments;
  if (!run) return '';
  const s = run.result;
  const intro = f.t('report.segments.intro', { customers: f.number(s.customers), revenue: f.money(s.totalRevenue), asOf: f.date(s.asOf) });
  return [
    paragraph(intro),
    tableHtml(rfmSegmentsTable(s, f), f),
    figureHtml(charts.segments),
    figureHtml(charts.rfmGrid, true),
    tableHtml(zhSegmentsTable(s, f), f),
    tableHtml(clustersTable(s, f), f),
    provenance(run, 'segments', f),
  ].join('');
}

/** Thinness flags and model warnings in words. */
export function ltvCautions(m: ReportContents, f: Formatter): string[] {
  const l = m.ltv?.result;
  if (!l) return [];
  const fill = (text: string, params: Record<string, number>): string =>
    text.replace(/\{(\w+)\}/g, (_, k: string) => f.number(params[k], Number.isInteger(params[k]) ? 0 : 1));
  return [
    ...l.flags.map((x) => fill(bilingual(THINNESS_TEXTS[x.code], f), x.params)),
    ...l.warnings.filter((w) => w.code !== 'singlePurchaseCustomers').map((w) => fill(bilingual(WARNING_TEXTS[w.code], f), { count: w.count })),
  ];
}

export function ltvBody(m: ReportContents, f: Formatter, charts: Charts): string {
  const run = m.ltv;
  if (!run?.result.bgnbd) return '';
  const l = run.result;
  const verdict = l.reliability?.verdict ?? 'ok';
  if (verdict === 'notReliable' || verdict === 'refused') {
    // A degenerate fit: the reasons, never a CLV that reads like a result.
    const cautions = ltvCautions(m, f);
    const edges = l.reliability.problems.map((p) => f.t('report.ltv.parameterAtEdge', { parameter: String(p.params.parameter), value: Number(p.params.value).toExponential(1) }));
    const reasons = [...edges, ...cautions];
    return [paragraph(f.t('report.ltv.notReliable')), `<ul>${reasons.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`, provenance(run, 'ltv', f)].join('');
  }
  const intro = f.t('report.ltv.intro', {
    customers: f.number(l.customers),
    repeat: f.number(l.repeatCustomers),
    calibrationEnd: f.date(l.calibrationEnd),
    weeks: f.number(l.horizonWeeks),
    total: f.money(l.totals.clv),
    mean: f.money(l.totals.meanClv),
    margin: f.percent(l.margin, 0),
  });
  const scorecard = scorecardTable(l, f);
  const byFrequency = byFrequencyTable(l, f);
  const cautions = ltvCautions(m, f);
  return [
    paragraph(intro),
    scorecard ? tableHtml(scorecard, f) : paragraph(f.t('report.ltv.noHoldout'), 'muted'),
    figureHtml(charts.byFrequency),
    l.highValueAtRiskCount > 0 ? tableHtml(atRiskTable(l, f, AT_RISK_ROWS_IN_PDF), f) : '',
    cautions.length ? `<div class="keep"><h3>${escapeHtml(f.t('report.ltv.flags'))}</h3><ul>${cautions.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul></div>` : '',
    figureHtml(charts.tracking),
    byFrequency ? tableHtml(byFrequency, f) : '',
    tableHtml(ltvParamsTable(l, f), f),
    provenance(run, 'ltv', f),
  ].join('');
}

export function basketsBody(m: ReportContents, f: Formatter): string {
  const run = m.basket;
  if (!run) return '';
  const b = run.result;
  const bundles = bundleSentences(b, f);
  const notes = [...b.notes, ...(b.capped ? [b.capped] : [])].map((n) => bilingual(n, f));
  return [
    paragraph(basketIntro(b, f)),
    `<h3>${escapeHtml(f.t('report.baskets.bundlesTitle'))}</h3>`,
    bundles.length ? `<ul class="bundles">${bundles.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : paragraph(f.t('report.baskets.noBundles')),
    b.rules.length ? tableHtml(basketRulesTable(b, f), f) : '',
    ...notes.map((n) => paragraph(n, 'note')),
    provenance(run, 'basket', f),
  ].join('');
}

/** The model's ROAS beside attribution's and the lift tests', with each disagreement in words. */
function triangulationBlock(r: FittedMmm, attribution: AttributionAnalysis | null, f: Formatter): string[] {
  const tri = mmmTriangulation(r, attribution);
  const sentences = mmmTriangulationSentences(r, tri, f);
  const table = tri.models.length || r.calibration?.length;
  return [
    // The table carries the title; without one the block still needs it.
    table ? '' : `<h3>${escapeHtml(f.t('ui.mmm.tri.title'))}</h3>`,
    table ? tableHtml(mmmTriangulationTable(r, tri, f), f) : '',
    paragraph(f.t('ui.mmm.tri.intro')),
    sentences.length ? `<ul class="triangulation">${sentences.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : '',
  ];
}

export function mmmBody(m: ReportContents, f: Formatter, charts: Charts): string {
  const run = m.mmm;
  if (!run) return '';
  const r = run.result;
  const { verdict, reasons } = mmmVerdictLines(r, f);
  const head = [
    paragraph(f.t('report.mmm.intro', { kpi: mmmKpiText(r, f.t), weeks: f.number(r.weeks.length), from: r.weeks[0] ?? '—', to: r.weeks[r.weeks.length - 1] ?? '—' })),
    `<h3>${escapeHtml(f.t('report.mmm.verdictTitle'))}</h3>`,
    paragraph(verdict),
    reasons.length ? `<ul>${reasons.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` : '',
  ];
  const notes = r.notes.map((n) => paragraph(bilingual(n, f), 'note'));
  if (r.status !== 'fitted') return [...head, ...notes, provenance(run, 'mmm', f)].join('');
  return [
    ...head,
    tableHtml(mmmChannelsTable(r, f), f),
    figureHtml(charts.mmmRoas),
    paragraph(mmmFitSentence(r, f)),
    tableHtml(mmmPlanTable(r, f), f),
    figureHtml(charts.mmmPlan),
    ...mmmPlanSentences(r, f).map((s) => paragraph(s)),
    ...[mmmScenariosTable(m.mmmScenarios, m.goals, f)].filter((t) => t !== null).map((t) => tableHtml(t, f)),
    ...triangulationBlock(r, m.attribution?.result ?? null, f),
    paragraph(f.t('report.mmm.method'), 'note'),
    ...(usesPublishedRoasPrior(r) ? [paragraph(f.t('report.mmm.methodPublishedPrior'), 'note')] : []),
    ...notes,
    provenance(run, 'mmm', f),
  ].join('');
}
