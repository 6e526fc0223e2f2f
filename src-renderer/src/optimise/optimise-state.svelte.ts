/**
 * The Optimise step's state: the latest attribution (whose advice is shown) and re-runs
 * of it with another guardrail or advice model — a job with progress, latest wins.
 */
import type { SavedAnalysis } from '@shared/api.js';
import type { AttributionModelId, AttributionParamsInput } from '@shared/analyses/index.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from '../lib/api-error.js';
import type { Host } from '../lib/host.js';
import type { JobTracker } from '../lib/jobs.svelte.js';
import { savedAdvice } from './advice.js';
import type { SavedAdvice } from './advice.js';

export class OptimiseState {
  saved = $state.raw<SavedAdvice | null>(null);
  loaded = $state(false);
  jobId = $state<string | null>(null);
  running = $state(false);
  error = $state.raw<ErrorInfo | null>(null);

  constructor(
    private readonly host: Host,
    private readonly jobs: JobTracker,
    private readonly project: string,
  ) {}

  async load(): Promise<void> {
    try {
      const latest: SavedAnalysis | null = await this.host.api['analysis.latest']({ project: this.project, kind: 'attribution' });
      this.saved = savedAdvice(latest);
    } catch (e) {
      this.error = toErrorInfo(e);
    } finally {
      this.loaded = true;
    }
  }

  /** Runs attribution again, keeping the last run's settings but for the ones given. */
  async run(changes: { maxChangeShare?: number; adviceModel?: AttributionModelId } = {}): Promise<void> {
    const params: AttributionParamsInput = { ...this.saved?.params, ...changes };
    this.running = true;
    this.error = null;
    try {
      const jobId = await this.jobs.start(() => this.host.api['analysis.run']({ project: this.project, kind: 'attribution', params }));
      this.jobId = jobId;
      await this.jobs.finish(jobId);
      await this.load();
    } catch (e) {
      this.error = toErrorInfo(e);
    } finally {
      this.running = false;
      this.jobId = null;
    }
  }
}
