/**
 * The result shapes of the analyses, as the CLI prints them with --json and as the
 * project keeps them (`analysis.latest`). The renderer imports these as types only
 * (erased at build time; the lint rule allows nothing else from src-main).
 */
export type { AttributionAnalysis } from './attribution.js';
export type { FunnelAnalysis } from '@shared/analyses/funnel.result.js';
import type { runCohorts, runLtv, runSegments } from './customers.js';

export type SegmentsAnalysis = ReturnType<typeof runSegments>;
export type LtvAnalysisResult = ReturnType<typeof runLtv>;
export type CohortsAnalysis = ReturnType<typeof runCohorts>;
export type { BasketAnalysis } from '@shared/analyses/basket.result.js';
export type { SentimentAnalysis, SentimentReviewItem, SegmentShares, AtRiskReviewer } from '@shared/analyses/sentiment.result.js';
export type { MmmAnalysis, MmmOptimiser, MmmPlanWeek } from './mmm.js';
