/** Running jobs by id: start, cancel, and their events pushed to every listener. */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { JobEvent } from '@shared/api.js';
import { toErrorInfo } from '../errors.js';
import { runJob } from '../jobs/run-job.js';
import type { JobKind, JobTypes } from '../jobs/protocol.js';
import type { PdfPrinter } from '../report/pdf.js';

export class JobBoard {
  private readonly running = new Map<string, AbortController>();
  /** The project each running job works on: it is not renamed or deleted under the job. */
  private readonly projectOf = new Map<string, string>();

  /** `printer`: the host's own (Electron), lent to report jobs. */
  constructor(private readonly printer?: PdfPrinter) {}

  private readonly listeners = new Set<(e: JobEvent) => void>();

  onEvent(listener: (e: JobEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start<K extends JobKind>(kind: K, request: JobTypes[K]['request'], after?: (result: JobTypes[K]['result']) => unknown): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    const project = (request as { project?: unknown }).project;
    if (typeof project === 'string') this.projectOf.set(jobId, resolve(project));
    runJob(kind, request, { signal: controller.signal, printer: this.printer, onProgress: (progress) => this.emit({ type: 'progress', jobId, progress }) })
      .then((result) => this.emit({ type: 'done', jobId, result: after ? after(result) : result }))
      .catch((e: unknown) => this.emit({ type: 'failed', jobId, error: toErrorInfo(e) }))
      .finally(() => {
        this.running.delete(jobId);
        this.projectOf.delete(jobId);
      });
    return jobId;
  }

  /**
   * A job the UI did not ask for (preparing derived data): no events, its result returned;
   * the project counts as busy while it runs, as with any other job.
   */
  runQuietly<K extends JobKind>(kind: K, request: JobTypes[K]['request'] & { project: string }): Promise<JobTypes[K]['result']> {
    const jobId = randomUUID();
    const controller = new AbortController();
    this.running.set(jobId, controller);
    this.projectOf.set(jobId, resolve(request.project));
    return runJob(kind, request, { signal: controller.signal }).finally(() => {
      this.running.delete(jobId);
      this.projectOf.delete(jobId);
    });
  }

  /** Whether a running job (import, analysis, report, demo) works on this project file. */
  busyWith(project: string): boolean {
    return [...this.projectOf.values()].includes(resolve(project));
  }

  /** A job whose answer is already known (e.g. the demo exists): reported like any other. */
  finished(result: unknown): string {
    const jobId = randomUUID();
    setImmediate(() => this.emit({ type: 'done', jobId, result }));
    return jobId;
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    return Boolean(controller);
  }

  cancelAll(): void {
    for (const c of this.running.values()) c.abort();
  }

  private emit(event: JobEvent): void {
    for (const l of this.listeners) l(event);
  }
}
