/**
 * The Optimise step's state: the latest saved attribution (whose advice is shown) and
 * what-if scenarios with another guardrail or advice model — jobs with progress, latest
 * wins. A scenario is never saved (issue 14: scenarios are not results): the Models page,
 * the dashboard and the report keep using the saved analysis.
 */
import type { SavedAnalysis } from '@shared/api.js';
import type { AttributionModelId, AttributionParamsInput } from '@shared/analyses/index.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from '../lib/api-error.js';
import type { Host } from '../lib/host.js';
import type { JobTracker } from '../lib/jobs.svelte.js';
import { savedAdvice, scenarioAdvice } from './advice.js';
import type { SavedAdvice } from './advice.js';

export class OptimiseState {
  saved = $state.raw<SavedAdvice | null>(null);
  /** The what-if on screen, or null when the saved advice is shown. */
  scenario = $state.raw<SavedAdvice | null>(null);
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

  /** What the page shows: the scenario being explored, else the saved advice. */
  get shown(): SavedAdvice | null {
    return this.scenario ?? this.saved;
  }

  /** Back to the saved advice. */
  discardScenario(): void {
    this.scenario = null;
  }

  /** Runs attribution again with the saved settings (a first run, or a stale one refreshed) and saves it. */
  async run(): Promise<void> {
    await this.runJob({ ...this.saved?.params }, false);
  }

  /** A what-if on the saved settings but for the ones given: shown, never saved. */
  async explore(changes: { maxChangeShare?: number; adviceModel?: AttributionModelId }): Promise<void> {
    await this.runJob({ ...this.saved?.params, ...changes }, true);
  }

  private async runJob(params: AttributionParamsInput, scenario: boolean): Promise<void> {
    this.running = true;
    this.error = null;
    try {
      const jobId = await this.jobs.start(() => this.host.api['analysis.run']({ project: this.project, kind: 'attribution', params, scenario }));
      this.jobId = jobId;
      const result = await this.jobs.finish(jobId);
      if (scenario) this.scenario = scenarioAdvice(result, params);
      else {
        this.scenario = null;
        await this.load();
      }
    } catch (e) {
      this.error = toErrorInfo(e);
    } finally {
      this.running = false;
      this.jobId = null;
    }
  }
}
