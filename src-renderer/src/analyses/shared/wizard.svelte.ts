/**
 * A results wizard: its form, its analysis job and which stage is shown. Opening it shows
 * the result saved in the project (at the last stage, with the form set to that run's
 * choices) unless the user has already moved on.
 */
import type { AnalysisJob, RunRequest } from './analysis-job.svelte.js';

export interface WizardForm {
  load(params: Record<string, unknown>): void;
}

export class Wizard<F extends WizardForm, R> {
  stage = $state(0);
  private touched = false;

  constructor(
    readonly form: F,
    readonly job: AnalysisJob<R>,
    /** Index of the results stage (the last one). */
    readonly resultStage: number,
  ) {}

  async open(): Promise<void> {
    await this.job.loadLatest();
    if (this.touched) return;
    // A run by an older version is not shown, but its settings are the user's: the form keeps them for the new run.
    if (this.job.olderVersion && this.job.params) this.form.load(this.job.params);
    if (!this.job.result) return;
    if (this.job.params) this.form.load(this.job.params);
    this.stage = this.resultStage;
  }

  go(stage: number): void {
    this.touched = true;
    this.stage = stage;
  }

  /** Runs and shows the results stage; back to the last form stage when the run fails or is cancelled. */
  async run(request: RunRequest): Promise<void> {
    this.go(this.resultStage);
    const result = await this.job.run(request);
    if (result === null && !this.job.running) this.stage = Math.max(0, this.resultStage - 1);
  }
}
