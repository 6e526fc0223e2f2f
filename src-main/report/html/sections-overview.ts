/** Cover, executive summary, goals, data-quality appendix and methods of the HTML report. */
import type { MessageKey } from '@shared/i18n/index.js';
import type { Formatter } from '../format.js';
import { escapeHtml } from '../format.js';
import type { ReportContents } from '../contents.js';
import type { ReportChart } from '../report-charts.js';
import { recommend } from '../recommendations.js';
import { datasetsTable, goalsTable, issuesTable, kpiTable, overlapsTable } from '../tables-overview.js';
import { METHODS, REFERENCES } from '../methods-text.js';
import { glossaryTable } from '../tables-glossary.js';
import { bilingual, reportTitle } from '../labels.js';
import { figureHtml, paragraph, tableHtml } from './blocks.js';

export function coverHtml(m: ReportContents, f: Formatter): string {
  const period = m.range ? f.t('report.dataPeriod', { from: f.date(m.range.from), to: f.date(m.range.to) }) : f.t('report.noPeriod');
  const contents = m.sections.map((s) => `<li>${escapeHtml(f.t(`report.section.${s}` as MessageKey))}</li>`).join('');
  const { client, logo } = m.branding;
  // The logo's bytes were checked as a PNG or JPEG when it was set (report/logo.ts); the page allows data: images only.
  const logoImg = logo ? `<img class="logo" src="data:${logo.mime};base64,${logo.base64}" alt="">` : '';
  const clientRow = client ? `<dt>${escapeHtml(f.t('report.client'))}</dt><dd class="client">${escapeHtml(client)}</dd>` : '';
  return `<div class="cover">
  <div class="cover-head"><div class="brand">ROI STUDIO</div>${logoImg}</div>
  <h1>${escapeHtml(reportTitle(m, f))}</h1>
  <div class="subtitle">${escapeHtml(f.t('report.subtitle'))}</div>
  <dl>
    ${clientRow}
    <dt>${escapeHtml(f.t('report.project'))}</dt><dd>${escapeHtml(m.project.name)}</dd>
    <dt>${escapeHtml(f.t('report.col.period'))}</dt><dd>${escapeHtml(period)}</dd>
  </dl>
  <h3>${escapeHtml(f.t('report.contents'))}</h3>
  <ol>${contents}</ol>
  <div class="foot">${escapeHtml(f.t('report.generated', { date: f.date(m.generatedAt) }))}</div>
</div>`;
}

export function summaryBody(m: ReportContents, f: Formatter, charts: Partial<Record<string, ReportChart>>): string {
  const recs = recommend(m, f)
    .map((r) => `<li>${escapeHtml(r)}</li>`)
    .join('');
  const kpis = kpiTable(m, f);
  return [
    `<h3>${escapeHtml(f.t('report.recommendations'))}</h3><ol class="recs">${recs}</ol>`,
    kpis ? tableHtml(kpis, f) : '',
    figureHtml(charts.trends),
  ].join('');
}

export function goalsBody(m: ReportContents, f: Formatter): string {
  const table = goalsTable(m.goals, f);
  return paragraph(f.t('report.goals.intro'), 'muted') + tableHtml(table, f, { barColumn: 5, title: false });
}

export function qualityBody(m: ReportContents, f: Formatter): string {
  const issues = issuesTable(m, f);
  const overlaps = overlapsTable(m, f);
  return [
    paragraph(f.t('report.quality.intro'), 'muted'),
    tableHtml(datasetsTable(m, f), f, { title: false }),
    overlaps ? paragraph(f.t('report.quality.overlapsIntro')) + tableHtml(overlaps, f) : '',
    issues ? tableHtml(issues, f) : paragraph(f.t('report.quality.none')),
  ].join('');
}

/** Settings of the runs the report used, for the methods text. */
function methodParams(m: ReportContents, f: Formatter): Record<string, string> {
  const a = m.attribution?.params ?? {};
  const l = m.ltv?.params ?? {};
  const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
  return {
    lookback: f.number(num(a.lookbackDays, 30)),
    halfLife: f.number(num(a.halfLifeDays, 7)),
    maxShare: f.percent(num(a.maxChangeShare, 0.3), 0),
    minConversions: f.number(num(a.minConversions, 30)),
    breakEven: f.number(num(a.breakEvenRoas, 1), 2),
    horizon: f.number(num(l.horizonWeeks, 52)),
    margin: f.percent(num(l.margin, 0.3), 0),
    discount: f.percent(num(l.discountRateMonthly, 0.01), 0),
  };
}

export function methodsBody(m: ReportContents, f: Formatter): string {
  const params = methodParams(m, f);
  const blocks = METHODS.map((b) => {
    const text = bilingual(b.text, f).replace(/\{(\w+)\}/g, (whole, k: string) => params[k] ?? whole);
    return `<div class="keep"><h3>${escapeHtml(bilingual(b.title, f))}</h3>${paragraph(text)}</div>`;
  }).join('');
  const refs = REFERENCES.map((r) => `<li>${escapeHtml(r)}</li>`).join('');
  const glossary = glossaryTable(m, f);
  return `${blocks}<div class="keep"><h3>${escapeHtml(f.t('report.methods.references'))}</h3><ol class="refs">${refs}</ol></div>${tableHtml(glossary, f)}`;
}
