/**
 * The result shapes of the analyses, as the CLI prints them with --json and as the
 * project keeps them (`analysis.latest`): each is defined in src-shared/analyses/<id>.result.ts
 * (the renderer reads them there) and gathered here for the main side.
 */
export type { AttributionAnalysis } from '@shared/analyses/attribution.result.js';
export type { FunnelAnalysis } from '@shared/analyses/funnel.result.js';
export type { SegmentsAnalysis } from '@shared/analyses/segments.result.js';
export type { LtvAnalysisResult } from '@shared/analyses/ltv.result.js';
export type { CohortsAnalysis } from '@shared/analyses/cohorts.result.js';
export type { BasketAnalysis } from '@shared/analyses/basket.result.js';
export type { SentimentAnalysis, SentimentReviewItem, SegmentShares, AtRiskReviewer } from '@shared/analyses/sentiment.result.js';
export type { MmmAnalysis } from '@shared/analyses/mmm.result.js';
export type { MmmOptimiser, MmmPlanWeek } from '@shared/mmm-plan.js';
