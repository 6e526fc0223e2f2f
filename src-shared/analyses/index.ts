/**
 * Every analysis the app has, in the order the Models step shows them. Adding one means
 * its definition file here (plus its params schema in `<id>.params.ts`, listed in
 * params.ts), and everything that lists analyses follows: the API's `analysis.run`
 * union, the job table and cancel grace, the CLI command list, the Models tabs, goal
 * suggestions and the report's sections. A test fails when a registered analysis lacks
 * one of its parts (src-main/analysis/registry.test.ts).
 */
import type { GoalType } from '../goals.js';
import { attribution } from './attribution.js';
import { funnel } from './funnel.js';
import { segments } from './segments.js';
import { ltv } from './ltv.js';
import { cohorts } from './cohorts.js';
import { basket } from './basket.js';
import { sentiment } from './sentiment.js';
import { mmm } from './mmm.js';

export const ANALYSIS_LIST = [attribution, funnel, segments, ltv, cohorts, basket, mmm, sentiment] as const;

export type AnalysisDefinitionOf = (typeof ANALYSIS_LIST)[number];
export type AnalysisKind = AnalysisDefinitionOf['id'];

export const ANALYSIS_KINDS = ANALYSIS_LIST.map((a) => a.id) as readonly AnalysisKind[] as readonly [AnalysisKind, ...AnalysisKind[]];

export const ANALYSES: { readonly [K in AnalysisKind]: Extract<AnalysisDefinitionOf, { id: K }> } = Object.fromEntries(ANALYSIS_LIST.map((a) => [a.id, a])) as never;

export function isAnalysisKind(value: string): value is AnalysisKind {
  return Object.hasOwn(ANALYSES, value);
}

/** Report sections fed by an analysis (in registry order). */
export type AnalysisReportSection = NonNullable<AnalysisDefinitionOf['reportSection']>;
export const ANALYSIS_REPORT_SECTIONS = ANALYSIS_LIST.flatMap((a) => (a.reportSection ? [a.reportSection] : [])) as AnalysisReportSection[];

/** Analyses that serve a goal, in the order to run them. */
export function analysesForGoal(goal: GoalType): AnalysisKind[] {
  return ANALYSIS_LIST.flatMap((a) => {
    const place = (a.servesGoals as Partial<Record<GoalType, number>>)[goal];
    return place === undefined ? [] : [{ id: a.id, place }];
  })
    .sort((x, y) => x.place - y.place)
    .map((a) => a.id);
}

export type { AnalysisDefinition } from './define.js';
export { canRun, kindOf, meetsNeed, needsParam, needsText, parseNeedsParam } from './needs.js';
export type { DataNeed } from './needs.js';
export { ATTRIBUTION_MODEL_IDS, ATTRIBUTION_DEFAULTS, autoJourneySource } from './attribution.js';
export type { AttributionModelId, AttributionParams, AttributionParamsInput, JourneySource } from './attribution.js';
export type { FunnelParams } from './funnel.js';
export type { SegmentsParams, SegmentsParamsInput } from './segments.js';
export type { LtvParams, LtvParamsInput } from './ltv.js';
export type { CohortsParams } from './cohorts.js';
export type { BasketParams, BasketParamsInput } from './basket.js';
export type { SentimentParams, SentimentParamsInput } from './sentiment.js';
export { MMM_DEFAULTS, MMM_KPIS } from './mmm.js';
export type { MmmKpi, MmmParams, MmmParamsInput } from './mmm.js';
