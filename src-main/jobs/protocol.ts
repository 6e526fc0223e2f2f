/**
 * Messages between the main thread and a job worker (a discriminated union each way).
 * A job is one request: it reports progress, can be cancelled, and ends with a result
 * or an error value — never an exception crossing the thread boundary.
 */
import type { ErrorInfo } from '@shared/errors.js';
import type { JobProgress } from '@shared/jobs.js';
import type { ImportOutcome, ImportRequest } from '../import/pipeline.js';
import type { DemoRequest, DemoOutcome } from '../demo-project.js';
import type { AnalysisJobTypes } from '../analysis/run.js';
import type { ReportFile } from '@shared/api.js';
import type { ReportOptions, ReportRequest } from '../report/build.js';
import type { PrintOptions } from '../report/pdf.js';

/** Every job a worker can run: its request and its result. */
export interface JobTypes extends AnalysisJobTypes {
  import: { request: ImportRequest; result: ImportOutcome };
  demo: { request: DemoRequest; result: DemoOutcome };
  report: { request: ReportRequest; result: ReportFile };
  'report-preview': { request: ReportOptions; result: { html: string; skipped: ReportFile['skipped'] } };
  /** The order summary of a project imported before it existed (store/order-summary.ts), built off the UI's thread. */
  'order-summary': { request: { project: string }; result: { built: boolean } };
}
export type JobKind = keyof JobTypes;
export type JobRequest<K extends JobKind = JobKind> = { kind: K; request: JobTypes[K]['request'] };

/**
 * A host that has its own Chromium (the Electron window) prints for the worker: the
 * worker asks, the host answers with the bytes (see host-printer.ts).
 */
export type PrintRequest =
  | { type: 'print-request'; id: number; op: 'print'; html: string; options?: PrintOptions }
  | { type: 'print-request'; id: number; op: 'rasterise'; svg: string; width: number; height: number };
export type PrintReply = { type: 'print-reply'; id: number; ok: true; bytes: Uint8Array } | { type: 'print-reply'; id: number; ok: false; error: ErrorInfo };

export type ToWorker = { type: 'start'; job: JobRequest; hostPrints: boolean } | { type: 'cancel' } | PrintReply;

export type FromWorker =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: ErrorInfo }
  | PrintRequest;
