/**
 * Analyses as jobs: open the project, compute, keep the result in `analyses`, return
 * it. Runs inside a job worker, so a long fit never blocks the UI or the CLI's output.
 */
import type { Database } from 'better-sqlite3';
import { attributionParamsSchema, funnelParamsSchema } from '@shared/analyses.js';
import type { AttributionParamsInput, FunnelParams } from '@shared/analyses.js';
import { openProject } from '../store/project.js';
import { runAttribution } from './attribution.js';
import type { AttributionAnalysis } from './attribution.js';
import { runFunnel } from './funnel.js';
import type { FunnelAnalysis } from './funnel.js';
import { saveAnalysis } from './save.js';

export interface AnalysisRequest<P> {
  project: string;
  params: P;
}

export type Saved<T> = T & { analysisId: number };

function inProject<T>(project: string, kind: string, params: unknown, run: (db: Database) => T): Saved<T> {
  const db = openProject(project);
  try {
    const result = run(db);
    const analysisId = saveAnalysis(db, kind, params, result);
    return { ...result, analysisId };
  } finally {
    db.close();
  }
}

export function attributionJob({ project, params }: AnalysisRequest<AttributionParamsInput>): Saved<AttributionAnalysis> {
  const parsed = attributionParamsSchema.parse(params);
  return inProject(project, 'attribution', parsed, (db) => runAttribution(db, parsed));
}

export function funnelJob({ project, params }: AnalysisRequest<Omit<FunnelParams, 'windowDays'> & { windowDays?: number }>): Saved<FunnelAnalysis> {
  const parsed = funnelParamsSchema.parse(params);
  return inProject(project, 'funnel', parsed, (db) => runFunnel(db, parsed));
}
