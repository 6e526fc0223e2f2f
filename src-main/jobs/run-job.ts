/**
 * Runs a job in its own worker thread, so the caller (CLI, web host, Electron main)
 * never blocks. Cancel asks the worker to stop (it rolls its transaction back); a
 * worker that does not answer within the grace period is terminated — SQLite then
 * discards the uncommitted transaction, so the project is unchanged either way.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '@shared/errors.js';
import { ANALYSIS_LIST } from '@shared/analyses/index.js';
import type { AnalysisKind } from '@shared/analyses/index.js';
import type { JobProgress } from '@shared/jobs.js';
import { fromErrorInfo } from '../errors.js';
import type { PdfPrinter } from '../report/pdf.js';
import { servePrintRequest } from './host-printer.js';
import type { FromWorker, JobKind, JobTypes, ToWorker } from './protocol.js';
import { builtEntry } from '../built-entry.js';

export interface RunOptions {
  onProgress?: (p: JobProgress) => void;
  signal?: AbortSignal;
  /** How long a cancelled worker may take to roll back before it is terminated. */
  graceMs?: number;
  /** The host's own printer (Electron): report jobs print with it instead of a system browser. */
  printer?: PdfPrinter;
}

/**
 * The built worker sits beside the built code (out/main/worker.js). Run from sources
 * (vitest), the TypeScript worker cannot be loaded by plain Node, so the build output is
 * used: `npm test` builds before it tests.
 */
export function workerUrl(): URL {
  return builtEntry('worker.js', import.meta.url);
}

/**
 * How long a cancelled job may take to stop: each analysis says so in its definition
 * (they compute in one synchronous run and write once at the end, so they stop at once).
 * Imports, the demo and reports get time to roll back or clean up their files.
 */
const GRACE_MS: Record<JobKind, number> = {
  import: 5000,
  demo: 5000,
  report: 5000,
  'report-preview': 5000,
  'order-summary': 5000,
  ...(Object.fromEntries(ANALYSIS_LIST.map((a) => [a.id, a.cancelGraceMs])) as Record<AnalysisKind, number>),
};

export function runJob<K extends JobKind>(kind: K, request: JobTypes[K]['request'], options: RunOptions = {}): Promise<JobTypes[K]['result']> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new AppError('error.cancelled'));
    const worker = new Worker(workerUrl());
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = (): void => {
      worker.postMessage({ type: 'cancel' } satisfies ToWorker);
      killTimer = setTimeout(() => finish(() => reject(new AppError('error.cancelled'))), options.graceMs ?? GRACE_MS[kind]);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'progress') options.onProgress?.(m.progress);
      else if (m.type === 'print-request') void servePrintRequest(worker, options.printer!, m);
      else if (m.type === 'done') finish(() => resolve(m.result as JobTypes[K]['result']));
      else finish(() => reject(fromErrorInfo(m.error)));
    });
    worker.on('error', (e) => finish(() => reject(new AppError('error.workerFailed', { detail: e.message }))));
    worker.on('exit', (code) => finish(() => reject(new AppError('error.workerFailed', { detail: `exit code ${code}` }))));
    worker.postMessage({ type: 'start', job: { kind, request }, hostPrints: Boolean(options.printer) } satisfies ToWorker);
  });
}
