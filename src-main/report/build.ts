/**
 * One pipeline for both formats and every host: project → ReportContents → tables and SVG
 * charts → HTML (preview, and the PDF via a PdfPrinter) or an Excel workbook (charts
 * rasterised by the same printer). The file is written by export/output-file.ts: beside
 * its destination, moved into place when complete (a failed or killed export never leaves
 * half a report), and never over the project or a file it imported.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ReportFile, ReportSection } from '@shared/api.js';
import type { ReportBranding } from '@shared/report-branding.js';
import { AppError, isAppError } from '@shared/errors.js';
import type { Lang } from '@shared/i18n/index.js';
import type { JobProgress } from '@shared/jobs.js';
import { openProject } from '../store/project.js';
import { makeFormatter } from './format.js';
import type { Formatter } from './format.js';
import { gatherReportContents } from './contents.js';
import { withSharedOrders } from '../analysis/customers.js';
import type { ReportContents } from './contents.js';
import { reportCharts } from './report-charts.js';
import type { ChartId, ReportChart } from './report-charts.js';
import { pageTemplates, reportHtml } from './html/document.js';
import { skipText } from './tables-overview.js';
import type { PdfPrinter } from './pdf.js';
import { launchChromiumPrinter } from './chromium-printer.js';
import { reportXlsxBytes } from './xlsx.js';
import { checkOutputTarget, writeOutputFile } from '../export/output-file.js';
import { outputGuardFor } from '../export/output-guard.js';
import type { ChartImages } from './xlsx.js';

export type ReportFormat = 'pdf' | 'xlsx';

export interface ReportOptions {
  project: string;
  lang: Lang;
  sections?: ReportSection[];
  /** The cover's branding for this report only; by default the one remembered for the project. */
  branding?: ReportBranding;
}

export interface ReportRequest extends ReportOptions {
  format: ReportFormat;
  outFile: string;
}

export interface RenderedReport {
  model: ReportContents;
  format: Formatter;
  charts: Partial<Record<ChartId, ReportChart>>;
  html: string;
  skipped: ReportFile['skipped'];
}

/** Gathers the model (running missing analyses) and renders its HTML. */
export function renderReport(options: ReportOptions, onPhase?: (phase: string) => void): RenderedReport {
  const db = openProject(options.project);
  let model: ReportContents;
  try {
    // The customer analyses a first report runs read the orders once between them.
    model = withSharedOrders(db, () => gatherReportContents(db, options.project, { sections: options.sections, onPhase, branding: options.branding }));
  } finally {
    db.close();
  }
  const f = makeFormatter(options.lang);
  const charts = reportCharts(model, f);
  const skipped = (Object.entries(model.skipped) as [ReportSection, NonNullable<ReportContents['skipped'][ReportSection]>][]).map(([section, reason]) => ({
    section,
    reason: skipText(reason, f),
  }));
  return { model, format: f, charts, html: reportHtml(model, f, charts), skipped };
}

/** The charts of the sections the report holds. */
function chartsIn(r: RenderedReport): [ChartId, ReportChart][] {
  return (Object.entries(r.charts) as [ChartId, ReportChart][]).filter(([, c]) => r.model.sections.includes(c.section) && !r.model.skipped[c.section]);
}

/** The charts as PNG, for the workbook. */
async function chartImages(r: RenderedReport, printer: PdfPrinter): Promise<ChartImages> {
  const images: ChartImages = {};
  for (const [id, chart] of chartsIn(r)) images[id] = { png: await printer.rasterise(chart.svg, chart.width, chart.height), chart };
  return images;
}

export interface WriteOptions {
  /** The printer to use (and leave open); by default one is launched for this report and closed. */
  printer?: PdfPrinter;
  /** How to launch a printer (default: the system Chromium); a host may bring its own. */
  launchPrinter?: () => Promise<PdfPrinter>;
  onProgress?: (p: JobProgress) => void;
  /** Cancel: the browser is closed at once (it is a separate process a worker's end would not stop). */
  signal?: AbortSignal;
}

const PHASE_FRACTION: Record<string, number> = { attribution: 0.05, segments: 0.25, ltv: 0.45 };

export async function writeReportFile(request: ReportRequest, options: WriteOptions = {}): Promise<ReportFile> {
  const progress = (phase: string, fraction: number): void => options.onProgress?.({ phase, fraction });
  // Refused before the analyses run and the browser starts, not after.
  const guard = outputGuardFor(request.project);
  checkOutputTarget(request.outFile, guard);
  const rendered = renderReport(request, (phase) => progress(phase, PHASE_FRACTION[phase] ?? 0.5));
  progress('rendering', 0.6);
  let printer = options.printer;
  let imagesMissing = false;
  const needsBrowser = request.format === 'pdf' || chartsIn(rendered).length > 0;
  if (!printer && needsBrowser) {
    try {
      printer = await (options.launchPrinter ?? launchChromiumPrinter)();
    } catch (e) {
      // An Excel report is still useful without its pictures; a PDF needs the browser.
      if (request.format === 'pdf' || !isAppError(e) || e.code !== 'error.noChromium') throw e;
      imagesMissing = true;
    }
  }
  const launched = printer && !options.printer ? printer : undefined;
  const onAbort = (): void => void launched?.close();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    if (options.signal?.aborted) throw new AppError('error.cancelled');
    progress(request.format === 'pdf' ? 'printing' : 'writing', 0.7);
    let bytes: Uint8Array;
    if (request.format === 'pdf') {
      bytes = await printer!.print(rendered.html, pageTemplates(rendered.model, rendered.format));
    } else {
      const images = printer ? await chartImages(rendered, printer) : {};
      bytes = await reportXlsxBytes(rendered.model, rendered.format, images, imagesMissing);
    }
    if (options.signal?.aborted) throw new AppError('error.cancelled');
    writeOutputFile(request.outFile, bytes, guard);
  } catch (e) {
    throw options.signal?.aborted ? new AppError('error.cancelled') : e;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (launched) await launched.close().catch(() => undefined);
  }
  progress('done', 1);
  return { file: request.outFile, fileName: basename(request.outFile), bytes: statSync(request.outFile).size, skipped: rendered.skipped };
}

/** What `report.preview` shows: the HTML of the report and the sections left empty. */
export function previewReport(options: ReportOptions): { html: string; skipped: ReportFile['skipped'] } {
  const r = renderReport(options);
  return { html: r.html, skipped: r.skipped };
}
