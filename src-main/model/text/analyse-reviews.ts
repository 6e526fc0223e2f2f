/**
 * One call from review rows to everything the sentiment analysis shows: each distinct
 * review scored with its aspects, and the figures by month, product, platform and aspect.
 */
import {
  DEFAULT_ALERT_RULE, distinctReviews, monthOf, negativeShareAlerts, sentimentShares, sharesBy, sharesByAspect, topTerms,
} from './aggregate.js';
import type { AlertRule, GroupShares, NegativeShareAlert, ReviewRecord, ScoredReview, SentimentShares, TermWeight } from './aggregate.js';
import { aspectSentiments, DEFAULT_ASPECTS } from './aspects.js';
import type { AspectDefinition } from './aspects.js';
import { correctionKey } from './adapt.js';
import { analyseReview } from './score.js';
import type { SentimentLabel, SentimentModel } from './types.js';

export interface ReviewAnalysisOptions {
  aspects: readonly AspectDefinition[];
  alertRule: AlertRule;
  topTermCount: number;
  /** The user's labels by correctionKey: a corrected review keeps the user's label (its score stays the model's). */
  corrections?: ReadonlyMap<string, SentimentLabel>;
}

export const DEFAULT_REVIEW_ANALYSIS: ReviewAnalysisOptions = { aspects: DEFAULT_ASPECTS, alertRule: DEFAULT_ALERT_RULE, topTermCount: 20 };

export interface ReviewAnalysis {
  /** Distinct reviews, in input order of their first copy. */
  reviews: ScoredReview[];
  /** Rows that repeated an earlier review (counted once). */
  duplicates: number;
  overall: SentimentShares;
  byMonth: GroupShares[];
  byProduct: GroupShares[];
  byPlatform: GroupShares[];
  byAspect: GroupShares[];
  topTerms: { positive: TermWeight[]; negative: TermWeight[] };
  alerts: NegativeShareAlert[];
}

/** Reviews scored between two progress reports. */
const PROGRESS_EVERY = 2000;

export function analyseReviews(
  records: readonly ReviewRecord[],
  model: SentimentModel,
  options: ReviewAnalysisOptions = DEFAULT_REVIEW_ANALYSIS,
  onProgress?: (scored: number, total: number) => void,
): ReviewAnalysis {
  const distinct = distinctReviews(records);
  const reviews: ScoredReview[] = distinct.map(({ index, copies }, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, distinct.length);
    const record = records[index];
    const analysed = analyseReview(record.text, model);
    const corrected = options.corrections?.get(correctionKey(record.text));
    const sentiment = corrected === undefined ? analysed.sentiment : { ...analysed.sentiment, label: corrected };
    return { index, record, sentiment, corrected: corrected !== undefined, aspects: aspectSentiments(analysed, options.aspects, model.neutralBand), copies };
  });
  const byMonth = sharesBy(reviews, monthOf);
  return {
    reviews,
    duplicates: records.length - distinct.length,
    overall: sentimentShares(reviews.map((r) => r.sentiment.label)),
    byMonth,
    byProduct: sharesBy(reviews, (r) => r.record.product),
    byPlatform: sharesBy(reviews, (r) => r.record.platform),
    byAspect: sharesByAspect(reviews),
    topTerms: topTerms(reviews, options.topTermCount),
    alerts: negativeShareAlerts(byMonth, options.alertRule),
  };
}
