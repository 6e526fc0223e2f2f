/**
 * The Models step's state: one wizard per analysis (form, job, stage) and the tab shown.
 * Opening it shows, for every analysis, the result last saved in the project.
 */
import { ANALYSIS_KINDS } from '@shared/analyses/index.js';
import type { AnalysisKind } from '@shared/analyses/index.js';
import type { Host } from '../lib/host.js';
import type { JobTracker } from '../lib/jobs.svelte.js';
import { AnalysisJob } from './shared/analysis-job.svelte.js';
import { AttributionForm } from './attribution/attribution-form.svelte.js';
import type { AttributionAnalysis, FunnelAnalysis } from './attribution/attribution-types.js';
import { BasketForm } from './basket/basket-form.svelte.js';
import type { BasketAnalysis } from './basket/basket-types.js';
import { CohortsForm } from './cohorts/cohorts-form.svelte.js';
import type { CohortsAnalysis, LtvAnalysisResult, SegmentsAnalysis } from './shared/customer-types.js';
import { FunnelForm } from './funnel/funnel-form.svelte.js';
import { LtvForm } from './ltv/ltv-form.svelte.js';
import { MmmForm } from './mmm/mmm-form.svelte.js';
import type { MmmAnalysis } from './mmm/mmm-types.js';
import { SegmentsForm } from './segments/segments-form.svelte.js';
import { SentimentForm } from './sentiment/sentiment-form.svelte.js';
import type { SentimentAnalysis } from './sentiment/sentiment-types.js';
import { Wizard } from './shared/wizard.svelte.js';

/** One tab per registered analysis, in the registry's order. */
export const MODEL_TABS = ANALYSIS_KINDS;
export type ModelTab = AnalysisKind;

export class ModelsState {
  tab = $state<ModelTab>('attribution');
  readonly attribution: Wizard<AttributionForm, AttributionAnalysis>;
  readonly funnel: Wizard<FunnelForm, FunnelAnalysis>;
  readonly segments: Wizard<SegmentsForm, SegmentsAnalysis>;
  readonly ltv: Wizard<LtvForm, LtvAnalysisResult>;
  readonly cohorts: Wizard<CohortsForm, CohortsAnalysis>;
  readonly basket: Wizard<BasketForm, BasketAnalysis>;
  readonly sentiment: Wizard<SentimentForm, SentimentAnalysis>;
  readonly mmm: Wizard<MmmForm, MmmAnalysis>;

  constructor(host: Host, jobs: JobTracker, project: () => string) {
    this.attribution = new Wizard(new AttributionForm(), new AnalysisJob<AttributionAnalysis>(host, jobs, project, 'attribution'), 2);
    this.funnel = new Wizard(new FunnelForm(), new AnalysisJob<FunnelAnalysis>(host, jobs, project, 'funnel'), 1);
    this.segments = new Wizard(new SegmentsForm(), new AnalysisJob<SegmentsAnalysis>(host, jobs, project, 'segments'), 2);
    this.ltv = new Wizard(new LtvForm(), new AnalysisJob<LtvAnalysisResult>(host, jobs, project, 'ltv'), 2);
    this.cohorts = new Wizard(new CohortsForm(), new AnalysisJob<CohortsAnalysis>(host, jobs, project, 'cohorts'), 1);
    this.basket = new Wizard(new BasketForm(), new AnalysisJob<BasketAnalysis>(host, jobs, project, 'basket'), 1);
    this.sentiment = new Wizard(new SentimentForm(), new AnalysisJob<SentimentAnalysis>(host, jobs, project, 'sentiment'), 1);
    // Data check → settings → results.
    this.mmm = new Wizard(new MmmForm(), new AnalysisJob<MmmAnalysis>(host, jobs, project, 'mmm'), 2);
  }

  /** Loads every saved result (small reads, in parallel). */
  open(): void {
    for (const tab of MODEL_TABS) void this[tab].open();
  }

  /** Whether a tab has a result to show (saved or just computed). */
  hasResult(tab: ModelTab): boolean {
    return this[tab].job.result !== null;
  }

  running(tab: ModelTab): boolean {
    return this[tab].job.running;
  }
}
