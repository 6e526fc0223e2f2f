/** What each job kind runs (inside the worker). */
import type { JobProgress } from '@shared/jobs.js';
import type { ANALYSES } from '../analysis/run.js';
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

/** Model fits report a start and an end; cancel stops them by ending the worker. */
const fit =
  <K extends keyof typeof ANALYSES>(kind: K): Handler<K> =>
  async (request, onProgress) => {
    onProgress({ phase: 'fitting', fraction: null });
    const { ANALYSES } = await import('../analysis/run.js');
    const run = ANALYSES[kind] as (r: typeof request) => JobTypes[K]['result'];
    return run(request);
  };

export const JOB_HANDLERS: { [K in JobKind]: Handler<K> } = {
  // Each job loads only its own code (a worker runs one job), so a CSV import does not
  // wait for the models, the demo or exceljs to load.
  import: async (request, onProgress, signal) =>
    (await import('../import/pipeline.js')).importFile(request, {
      signal,
      onProgress: (p) => onProgress({ phase: p.phase, fraction: p.bytesTotal > 0 ? p.bytesRead / p.bytesTotal : null, count: p.rows }),
    }),
  demo: async (request, onProgress, signal) => (await import('../demo-project.js')).buildDemoProject(request, onProgress, signal),
  attribution: fit('attribution'),
  funnel: fit('funnel'),
  segments: fit('segments'),
  ltv: fit('ltv'),
  cohorts: fit('cohorts'),
  report: async (request, onProgress, signal, host) => (await import('../report/build.js')).writeReportFile(request, { onProgress, signal, printer: host.printer }),
  'report-preview': async (request) => (await import('../report/build.js')).previewReport(request),
};
