/** The sentiment result as the renderer reads it. */
import type { AtRiskReviewer, SegmentShares, SentimentAnalysis, SentimentReviewItem } from '@shared/analyses/sentiment.result.js';

export type { AtRiskReviewer, SegmentShares, SentimentAnalysis, SentimentReviewItem };
export type SentimentGroup = SentimentAnalysis['byMonth'][number];
export type SentimentLabel = NonNullable<SentimentReviewItem['label']>;
