/**
 * The result shapes of the analyses, as the CLI prints them with --json and as the
 * project keeps them (`analysis.latest`). The renderer imports these as types only
 * (erased at build time; the lint rule allows nothing else from src-main).
 */
export type { AttributionAnalysis } from '@shared/analyses/attribution.result.js';
export type { FunnelAnalysis } from '@shared/analyses/funnel.result.js';
export type { SegmentsAnalysis } from '@shared/analyses/segments.result.js';
export type { LtvAnalysisResult } from '@shared/analyses/ltv.result.js';
export type { CohortsAnalysis } from '@shared/analyses/cohorts.result.js';
export type { BasketAnalysis } from '@shared/analyses/basket.result.js';
export type { SentimentAnalysis, SentimentReviewItem, SegmentShares, AtRiskReviewer } from '@shared/analyses/sentiment.result.js';
export type { MmmAnalysis, MmmOptimiser, MmmPlanWeek } from './mmm.js';
