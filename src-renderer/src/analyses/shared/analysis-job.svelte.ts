/**
 * One analysis kind as the Models step sees it: the latest result kept in the project
 * (`analysis.latest`), a run as a job (progress, cancel) whose result the job itself saves,
 * and the params that produced what is shown. The latest request wins: a run started
 * after another one makes the earlier one's answer stale.
 */
import type { AnalysisKind, ApiInput } from '@shared/api.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from '../../lib/api-error.js';
import type { Host } from '../../lib/host.js';
import type { JobTracker } from '../../lib/jobs.svelte.js';

/** The job saved its result as it ended: now is close enough for "saved at". */
const nowIso = (): string => new Date(Date.now()).toISOString();

export type RunRequest = ApiInput<'analysis.run'>;

export class AnalysisJob<R> {
  /** What is shown: the latest saved result, or the one just computed. */
  result = $state.raw<R | null>(null);
  params = $state.raw<Record<string, unknown> | null>(null);
  /** When the shown result was saved into the project (ISO), null when none is. */
  savedAt = $state<string | null>(null);
  /** True when the shown result was computed in this session (not only loaded). */
  fresh = $state(false);
  /** False when the data changed after the shown result was computed (it may be out of date). */
  current = $state(true);
  /**
   * Set when the project's saved run was computed by another version of the analysis and
   * could not be upgraded: nothing is shown from it, the wizard offers a new run.
   */
  olderVersion = $state.raw<{ version: number; current: number } | null>(null);
  loading = $state(false);
  jobId = $state<string | null>(null);
  running = $state(false);
  cancelling = $state(false);
  cancelled = $state(false);
  error = $state.raw<ErrorInfo | null>(null);
  private seq = 0;

  constructor(
    private readonly host: Host,
    private readonly jobs: JobTracker,
    private readonly project: () => string,
    readonly kind: AnalysisKind,
  ) {}

  /** Shows the analysis last saved in the project, if any. */
  async loadLatest(): Promise<void> {
    const seq = ++this.seq;
    this.loading = true;
    try {
      const saved = await this.host.api['analysis.latest']({ project: this.project(), kind: this.kind });
      if (seq !== this.seq || !saved) return;
      this.olderVersion = saved.olderVersion ?? null;
      this.result = saved.result as R | null;
      this.params = saved.params;
      this.savedAt = saved.createdAt;
      this.fresh = false;
      this.current = saved.current;
    } catch (e) {
      if (seq === this.seq) this.error = toErrorInfo(e);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  /**
   * Runs the analysis; resolves to its result (also shown), or null when it failed, was
   * cancelled or was overtaken by a later run.
   */
  async run(request: RunRequest): Promise<R | null> {
    const seq = ++this.seq;
    this.error = null;
    this.cancelled = false;
    this.cancelling = false;
    this.running = true;
    this.loading = false;
    try {
      const jobId = await this.jobs.start(() => this.host.api['analysis.run'](request));
      if (seq === this.seq) this.jobId = jobId;
      const result = (await this.jobs.finish(jobId)) as R;
      if (seq !== this.seq) return null;
      this.result = result;
      this.olderVersion = null;
      this.params = request.params as Record<string, unknown>;
      this.savedAt = nowIso();
      this.fresh = true;
      this.current = true;
      return result;
    } catch (e) {
      if (seq !== this.seq) return null;
      const info = toErrorInfo(e);
      if (info.code === 'error.cancelled') this.cancelled = true;
      else this.error = info;
      return null;
    } finally {
      if (seq === this.seq) {
        this.running = false;
        this.jobId = null;
        this.cancelling = false;
      }
    }
  }

  async cancel(): Promise<void> {
    if (!this.jobId || this.cancelling) return;
    this.cancelling = true;
    try {
      await this.host.api['job.cancel']({ jobId: this.jobId });
    } catch (e) {
      this.error = toErrorInfo(e);
      this.cancelling = false;
    }
  }
}
