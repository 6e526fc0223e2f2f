/** The sentiment result as the renderer reads it (type-only: erased at build time). */
import type { AtRiskReviewer, SegmentShares, SentimentAnalysis, SentimentReviewItem } from '../../../../src-main/analysis/results.js';

export type { AtRiskReviewer, SegmentShares, SentimentAnalysis, SentimentReviewItem };
export type SentimentGroup = SentimentAnalysis['byMonth'][number];
export type SentimentLabel = NonNullable<SentimentReviewItem['label']>;
