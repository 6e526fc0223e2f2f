/**
 * The result shapes of the analyses, as the CLI prints them with --json and as the
 * project keeps them (`analysis.latest`). The renderer imports these as types only
 * (erased at build time; the lint rule allows nothing else from src-main).
 */
export type { AttributionAnalysis } from './attribution.js';
export type { FunnelAnalysis } from './funnel.js';
import type { runCohorts, runLtv, runSegments } from './customers.js';

export type SegmentsAnalysis = ReturnType<typeof runSegments>;
export type LtvAnalysisResult = ReturnType<typeof runLtv>;
export type CohortsAnalysis = ReturnType<typeof runCohorts>;
import type { runBasket } from './basket.js';
export type BasketAnalysis = ReturnType<typeof runBasket>;
import type { runSentiment } from './sentiment.js';
export type SentimentAnalysis = ReturnType<typeof runSentiment>;
export type { SentimentReviewItem, SegmentShares, AtRiskReviewer } from './sentiment.js';
export type { MmmAnalysis, MmmOptimiser, MmmPlanWeek } from './mmm.js';
