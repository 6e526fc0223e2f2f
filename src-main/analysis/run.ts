/**
 * Analyses as jobs: open the project, compute, keep the result in `analyses`, return
 * it. Runs inside a job worker, so a long fit never blocks the UI or the CLI's output.
 * Every registered analysis (src-shared/analyses) has its runner here: load → model → result.
 */
import type { Database } from 'better-sqlite3';
import type { AnalysisKind } from '@shared/analyses/index.js';
import { PARAMS_SCHEMAS } from '@shared/analyses/params.js';
import type { ParamsInputOf, ParamsOf } from '@shared/analyses/params.js';
import { openProject } from '../store/project.js';
import { saveAnalysis } from '../store/analyses.js';
import { runAttribution } from './attribution.js';
import { runFunnel } from './funnel.js';
import { runCohorts, runLtv, runSegments } from './customers.js';
import { runBasket } from './basket.js';
import { runSentiment } from './sentiment.js';
import { runMmm } from './mmm.js';
import type { JobProgress } from '@shared/jobs.js';

export interface AnalysisRequest<P> {
  project: string;
  params: P;
  /** Per-customer results as CSV (analyses whose definition says `perCustomerCsv`). */
  outFile?: string;
  /** A what-if: computed and returned, never saved (the saved analysis stays the one screens and reports use). */
  scenario?: boolean;
}

/** `analysisId` is null for a scenario, which is not kept. */
export type Saved<T> = T & { analysisId: number | null };

/** How each analysis computes its result on an open project. */
export const RUNNERS = {
  attribution: runAttribution,
  funnel: runFunnel,
  segments: runSegments,
  ltv: runLtv,
  cohorts: runCohorts,
  basket: runBasket,
  mmm: runMmm,
  // Sentiment counts the share of reviews scored; its phase is 'scoring'.
  sentiment: (db: Database, params: ParamsOf<'sentiment'>, outFile?: string, onProgress?: (p: JobProgress) => void) =>
    runSentiment(db, params, outFile, onProgress && ((fraction) => onProgress({ phase: 'scoring', fraction }))),
} satisfies { [K in AnalysisKind]: (db: Database, params: ParamsOf<K>, outFile?: string, onProgress?: (p: JobProgress) => void) => object };

export type ResultOf<K extends AnalysisKind> = ReturnType<(typeof RUNNERS)[K]>;

/** `onProgress` reaches analyses that report phases of their own (the marketing-mix model, sentiment's share scored). */
export function runAnalysis<K extends AnalysisKind>(
  kind: K,
  { project, params, outFile, scenario }: AnalysisRequest<ParamsInputOf<K>>,
  onProgress?: (p: JobProgress) => void,
): Saved<ResultOf<K>> {
  const parsed = PARAMS_SCHEMAS[kind].parse(params) as ParamsOf<K>;
  const run = RUNNERS[kind] as unknown as (db: Database, params: ParamsOf<K>, outFile?: string, onProgress?: (p: JobProgress) => void) => ResultOf<K>;
  const db = openProject(project);
  try {
    const result = run(db, parsed, outFile, onProgress);
    return { ...result, analysisId: scenario ? null : saveAnalysis(db, kind, parsed, result) };
  } finally {
    db.close();
  }
}

export type AnalysisJobTypes = {
  [K in AnalysisKind]: { request: AnalysisRequest<ParamsInputOf<K>>; result: Saved<ResultOf<K>> };
};
