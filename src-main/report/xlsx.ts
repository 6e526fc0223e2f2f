/**
 * The Excel report: a summary sheet, then one sheet per table of the asked-for sections
 * (channel ROI of every model, model comparison, budget advice, RFM segments, clusters,
 * LTV model and holdout check, customers at risk, data quality), with the report's charts
 * as PNG images beside their tables. Same model, tables and charts as the PDF.
 */
import ExcelJS from 'exceljs';
import type { Formatter } from './format.js';
import type { ReportContents } from './contents.js';
import type { ChartId, ReportChart } from './report-charts.js';
import { recommend } from './recommendations.js';
import type { ReportTable } from './table.js';
import { budgetTable, channelRoiAllModelsTable, platformReportedTable, triangulationTable } from './tables-channels.js';
import { atRiskTable, byFrequencyTable, clustersTable, ltvParamsTable, rfmSegmentsTable, scorecardTable, zhSegmentsTable } from './tables-customers.js';
import { basketRulesTable, bundlesTable } from './tables-basket.js';
import { sentimentAtRiskTable, sentimentByAspectTable, sentimentByMonthTable, termsTable } from './tables-sentiment.js';
import { mmmChannelsTable, mmmPlanTable, mmmScenariosTable } from './tables-mmm.js';
import { mmmTriangulation, mmmTriangulationSentences, mmmTriangulationTable } from './tables-mmm-triangulation.js';
import { datasetsTable, goalsTable, issuesTable, kpiTable, overlapsTable, skippedTable } from './tables-overview.js';
import { safeText, writeTable } from './xlsx-sheet.js';
import { reportTitle } from './labels.js';
import type { ReportLogo } from '@shared/report-branding.js';
import { glossaryTable } from './tables-glossary.js';
import { cohortRetentionTable, cohortRevenueTable, funnelChannelsTable, funnelStepsTable } from './tables-journeys.js';

/** PNG pictures of the charts, by id (empty when no browser could draw them). */
export type ChartImages = Partial<Record<ChartId, { png: Buffer; chart: ReportChart }>>;

const IMAGE_SCALE = 0.8;

function addImages(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, images: ChartImages, ids: readonly ChartId[], column: number, firstRow = 1): void {
  let row = firstRow;
  for (const id of ids) {
    const image = images[id];
    if (!image) continue;
    const imageId = workbook.addImage({ buffer: image.png as unknown as ExcelJS.Buffer, extension: 'png' });
    const width = image.chart.width * IMAGE_SCALE;
    const height = image.chart.height * IMAGE_SCALE;
    sheet.addImage(imageId, { tl: { col: column, row }, ext: { width, height } });
    row += Math.ceil(height / 20) + 2;
  }
}

function tableSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable, images: ChartImages = {}, charts: readonly ChartId[] = [], ...extra: (ReportTable | null)[]): void {
  const sheet = workbook.addWorksheet(name);
  let next = writeTable(sheet, table);
  for (const t of extra) if (t) next = writeTable(sheet, t, next + 1, false);
  addImages(workbook, sheet, images, charts, table.columns.length + 1);
}

/** The segment tables of both maps in one filterable table, the map named in the first column. */
function segmentsTable(m: NonNullable<ReportContents['segments']>['result'], f: Formatter): ReportTable {
  const en = rfmSegmentsTable(m, f);
  const zh = zhSegmentsTable(m, f);
  return {
    ...en,
    columns: [{ label: 'RFM', kind: 'text' }, ...en.columns],
    rows: [...en.rows.map((r) => [en.title, ...r]), ...zh.rows.map((r) => [zh.title, ...r])],
  };
}

function summarySheet(workbook: ExcelJS.Workbook, m: ReportContents, f: Formatter, images: ChartImages, imagesMissing: boolean): void {
  const sheet = workbook.addWorksheet(f.t('report.sheet.summary'));
  sheet.getColumn(1).width = 34;
  const put = (row: number, text: string, font?: Partial<ExcelJS.Font>): void => {
    const cell = sheet.getCell(row, 1);
    cell.value = safeText(text);
    if (font) cell.font = font;
  };
  put(1, `${reportTitle(m, f)} · ${m.project.name}`, { bold: true, size: 16, color: { argb: 'FF0B4F75' } });
  put(2, m.range ? f.t('report.dataPeriod', { from: m.range.from, to: m.range.to }) : f.t('report.noPeriod'));
  put(3, f.t('report.generated', { date: m.generatedAt.slice(0, 10) }), { italic: true, color: { argb: 'FF6B7785' } });
  if (m.branding.client) put(4, `${f.t('report.client')}: ${m.branding.client}`, { bold: true });
  const logoRows = addLogo(workbook, sheet, m.branding.logo);
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  let row = m.branding.client ? 6 : 5;
  if (m.sections.includes('summary') && !m.skipped.summary) {
    put(row++, f.t('report.recommendations'), { bold: true, size: 12 });
    for (const [i, text] of recommend(m, f).entries()) {
      sheet.mergeCells(row, 1, row, 8);
      put(row, `${i + 1}. ${text}`);
      sheet.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
      sheet.getRow(row).height = Math.min(120, 15 * Math.ceil(text.length / (f.lang === 'zh-CN' ? 55 : 110)) + 4);
      row++;
    }
    row++;
    const kpis = kpiTable(m, f);
    if (kpis) row = writeTable(sheet, kpis, row, false);
  }
  const skipped = skippedTable(m, f);
  if (skipped) row = writeTable(sheet, skipped, row, false);
  if (imagesMissing) put(row++, f.t('report.xlsx.noImages'), { italic: true });
  addImages(workbook, sheet, images, ['trends'], 7, 1 + logoRows);
}

const LOGO_BOX = { width: 200, height: 56 };

/** The consultant's logo at the top right of the first sheet, scaled into LOGO_BOX; returns the rows it takes. */
function addLogo(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, logo: ReportLogo | null): number {
  if (!logo) return 0;
  const scale = Math.min(1, LOGO_BOX.width / logo.width, LOGO_BOX.height / logo.height);
  const imageId = workbook.addImage({ base64: logo.base64, extension: logo.mime === 'image/png' ? 'png' : 'jpeg' });
  sheet.addImage(imageId, { tl: { col: 7, row: 0 }, ext: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) } });
  return Math.ceil((logo.height * scale) / 20) + 1;
}

export function reportWorkbook(m: ReportContents, f: Formatter, images: ChartImages, imagesMissing = false): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ROI Studio';
  workbook.created = new Date(m.generatedAt);
  workbook.title = safeText(`${reportTitle(m, f)} · ${m.project.name}`);
  summarySheet(workbook, m, f, images, imagesMissing);
  const wants = (s: ReportContents['sections'][number]): boolean => m.sections.includes(s) && !m.skipped[s];
  if (wants('goals')) tableSheet(workbook, f.t('report.sheet.goals'), goalsTable(m.goals, f));
  const a = m.attribution?.result;
  if (a && wants('channels')) {
    tableSheet(workbook, f.t('report.sheet.channelRoi'), channelRoiAllModelsTable(a, f), images, ['roas']);
    const platform = platformReportedTable(a, f);
    if (platform) tableSheet(workbook, f.t('report.sheet.platform'), platform);
    tableSheet(workbook, f.t('report.sheet.triangulation'), triangulationTable(a, f), images, ['triangulation']);
    const maxShare = m.attribution?.params.maxChangeShare;
    const budget = budgetTable(a, f, typeof maxShare === 'number' ? maxShare : undefined);
    if (budget) tableSheet(workbook, f.t('report.sheet.budget'), budget, images, ['budget']);
  }
  const funnel = m.funnel?.result;
  if (funnel && wants('funnel')) {
    const channels = funnelChannelsTable(funnel, f);
    tableSheet(workbook, f.t('report.sheet.funnel'), funnelStepsTable(funnel, f));
    if (channels) tableSheet(workbook, f.t('report.sheet.funnelChannels'), channels);
  }
  const s = m.segments?.result;
  if (s && wants('segments')) {
    tableSheet(workbook, f.t('report.sheet.segments'), segmentsTable(s, f), images, ['segments', 'rfmGrid']);
    tableSheet(workbook, f.t('report.sheet.clusters'), clustersTable(s, f));
  }
  const l = m.ltv?.result;
  if (l && l.bgnbd && wants('ltv')) {
    const params = ltvParamsTable(l, f);
    const scorecard = scorecardTable(l, f);
    const combined = scorecard ? { ...params, rows: [...params.rows, ...scorecard.rows, [f.t('report.col.period'), `${l.calibrationEnd} – ${l.holdoutEnd ?? ''}`]] } : params;
    tableSheet(workbook, f.t('report.sheet.ltv'), combined, images, ['byFrequency', 'tracking']);
    const byFrequency = byFrequencyTable(l, f);
    if (byFrequency) tableSheet(workbook, f.t('report.sheet.holdout'), byFrequency);
    if (l.highValueAtRisk.length) tableSheet(workbook, f.t('report.sheet.atRisk'), atRiskTable(l, f));
  }
  const cohorts = m.cohorts?.result;
  if (cohorts && wants('cohorts')) {
    tableSheet(workbook, f.t('report.sheet.cohortRetention'), cohortRetentionTable(cohorts, f));
    tableSheet(workbook, f.t('report.sheet.cohortRevenue'), cohortRevenueTable(cohorts, f));
  }
  const b = m.basket?.result;
  if (b && wants('baskets')) tableSheet(workbook, f.t('report.sheet.baskets'), basketRulesTable(b, f), {}, [], bundlesTable(b, f));
  const mmm = m.mmm?.result;
  if (mmm && mmm.status === 'fitted' && wants('mmm')) {
    tableSheet(workbook, f.t('report.sheet.mmm'), mmmChannelsTable(mmm, f), images, ['mmmRoas']);
    tableSheet(workbook, f.t('report.sheet.mmmPlan'), mmmPlanTable(mmm, f), images, ['mmmPlan'], mmmScenariosTable(m.mmmScenarios, m.goals, f));
    const tri = mmmTriangulation(mmm, m.attribution?.result ?? null);
    const words = mmmTriangulationSentences(mmm, tri, f);
    tableSheet(workbook, f.t('report.sheet.mmmTriangulation'), mmmTriangulationTable(mmm, tri, f), {}, [], { id: 'mmmTriangulationWords', title: f.t('report.mmm.tri.words'), columns: [{ label: f.t('report.mmm.tri.words'), kind: 'text' }], rows: words.map((w) => [w]) });
  }
  const reviews = m.sentiment?.result;
  if (reviews && wants('reviews')) {
    const extra = [sentimentByAspectTable(reviews, f), termsTable(reviews, f), sentimentAtRiskTable(reviews, f)].filter((t) => t !== null);
    tableSheet(workbook, f.t('report.sheet.reviews'), sentimentByMonthTable(reviews, f), {}, [], ...extra);
  }
  if (wants('quality')) tableSheet(workbook, f.t('report.sheet.quality'), datasetsTable(m, f), {}, [], overlapsTable(m, f), issuesTable(m, f));
  if (wants('methods')) tableSheet(workbook, f.t('report.glossary.title'), glossaryTable(m, f));
  return workbook;
}

/** The workbook's bytes: the caller writes them (atomically, see export/output-file.ts). */
export async function reportXlsxBytes(m: ReportContents, f: Formatter, images: ChartImages, imagesMissing = false): Promise<Uint8Array> {
  return new Uint8Array(await reportWorkbook(m, f, images, imagesMissing).xlsx.writeBuffer());
}

