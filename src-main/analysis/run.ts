/**
 * Analyses as jobs: open the project, compute, keep the result in `analyses`, return
 * it. Runs inside a job worker, so a long fit never blocks the UI or the CLI's output.
 */
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { attributionParamsSchema, cohortsParamsSchema, funnelParamsSchema, ltvParamsSchema, segmentsParamsSchema } from '@shared/analyses.js';
import { openProject } from '../store/project.js';
import { runAttribution } from './attribution.js';
import { runFunnel } from './funnel.js';
import { runCohorts, runLtv, runSegments } from './customers.js';
import { saveAnalysis } from './save.js';

export interface AnalysisRequest<P> {
  project: string;
  params: P;
  /** Per-customer results as CSV (segments, ltv). */
  outFile?: string;
}

export type Saved<T> = T & { analysisId: number };

/** One analysis kind: its parameter schema and how it runs on an open project. */
function analysis<S extends z.ZodType, T extends object>(kind: string, schema: S, run: (db: Database, params: z.output<S>, outFile?: string) => T) {
  return ({ project, params, outFile }: AnalysisRequest<z.input<S>>): Saved<T> => {
    const parsed = schema.parse(params) as z.output<S>;
    const db = openProject(project);
    try {
      const result = run(db, parsed, outFile);
      return { ...result, analysisId: saveAnalysis(db, kind, parsed, result) };
    } finally {
      db.close();
    }
  };
}

export const ANALYSES = {
  attribution: analysis('attribution', attributionParamsSchema, runAttribution),
  funnel: analysis('funnel', funnelParamsSchema, runFunnel),
  segments: analysis('segments', segmentsParamsSchema, runSegments),
  ltv: analysis('ltv', ltvParamsSchema, runLtv),
  cohorts: analysis('cohorts', cohortsParamsSchema, runCohorts),
};

export type AnalysisKind = keyof typeof ANALYSES;
export type AnalysisJobTypes = {
  [K in AnalysisKind]: { request: Parameters<(typeof ANALYSES)[K]>[0]; result: ReturnType<(typeof ANALYSES)[K]> };
};
