/** What each job kind runs (inside the worker). */
import type { JobProgress } from '@shared/jobs.js';
import { ANALYSES, ANALYSIS_KINDS } from '@shared/analyses/index.js';
import type { AnalysisKind } from '@shared/analyses/index.js';
import type { PdfPrinter } from '../report/pdf.js';
import type { JobKind, JobTypes } from './protocol.js';

/** What the host lends a job: its printer, when it has its own Chromium. */
export interface JobHost {
  printer?: PdfPrinter;
}

type Handler<K extends JobKind> = (
  request: JobTypes[K]['request'],
  onProgress: (p: JobProgress) => void,
  signal: AbortSignal,
  host: JobHost,
) => Promise<JobTypes[K]['result']>;

/**
 * Model fits report their first phase, then the share done when the analysis can tell
 * (ANALYSES[kind].phases); cancel stops them by ending the worker.
 */
const fit =
  <K extends AnalysisKind>(kind: K): Handler<K> =>
  async (request, onProgress) => {
    const phase = ANALYSES[kind].phases[0];
    onProgress({ phase, fraction: null });
    const { runAnalysis } = await import('../analysis/run.js');
    return runAnalysis(kind, request as never, onProgress) as JobTypes[K]['result'];
  };

/** Every registered analysis is a job of its own kind. */
const ANALYSIS_HANDLERS = Object.fromEntries(ANALYSIS_KINDS.map((kind) => [kind, fit(kind)])) as { [K in AnalysisKind]: Handler<K> };

export const JOB_HANDLERS: { [K in JobKind]: Handler<K> } = {
  // Each job loads only its own code (a worker runs one job), so a CSV import does not
  // wait for the models, the demo or exceljs to load.
  import: async (request, onProgress, signal) =>
    (await import('../import/pipeline.js')).importFile(request, {
      signal,
      onProgress: (p) => onProgress({ phase: p.phase, fraction: p.bytesTotal > 0 ? p.bytesRead / p.bytesTotal : null, count: p.rows }),
    }),
  demo: async (request, onProgress, signal) => (await import('../demo-project.js')).buildDemoProject(request, onProgress, signal),
  ...ANALYSIS_HANDLERS,
  report: async (request, onProgress, signal, host) => (await import('../report/build.js')).writeReportFile(request, { onProgress, signal, printer: host.printer }),
  'report-preview': async (request) => (await import('../report/build.js')).previewReport(request),
  'order-summary': async (request, onProgress) => {
    onProgress({ phase: 'preparing', fraction: null });
    const [{ openProject }, { buildOrderSummary }] = await Promise.all([import('../store/project.js'), import('../store/order-summary.js')]);
    const db = openProject(request.project);
    try {
      return { built: buildOrderSummary(db) };
    } finally {
      db.close();
    }
  },
};
