/** What a sentiment run saves and the CLI prints with --json (result version: sentiment.ts). */
import type { Bilingual } from '../bilingual.js';
import type { ReviewItem } from '../review-items.js';
import type { SentimentParams } from './sentiment.params.js';

export type ReviewLanguage = 'zh' | 'en' | 'mixed' | 'unknown' | 'none';

export interface SentimentShares {
  /** Distinct reviews in the group. */
  reviews: number;
  /** Reviews that could not be scored (other languages, no words). */
  unscored: number;
  positive: number;
  neutral: number;
  negative: number;
  /** Shares of the scored reviews. */
  positiveShare: number;
  neutralShare: number;
  negativeShare: number;
  /** positiveShare − negativeShare, in [−1, 1]. */
  netSentiment: number;
}

/** Shares of one group: a month, product, platform or aspect. */
export interface GroupShares extends SentimentShares {
  key: string;
}

export interface TermWeight {
  term: string;
  /** Summed contribution (log-odds) over the reviews. */
  weight: number;
  /** Reviews in which the term drove the score that way. */
  reviews: number;
}

/** One review as the review table shows it (score and label null when it could not be scored). */
export type SentimentReviewItem = ReviewItem;

export interface SegmentShares extends GroupShares {
  label: Bilingual;
}

export interface AtRiskReviewer {
  customerId: string;
  segment: string;
  segmentLabel: Bilingual;
  monetary: number;
  recencyDays: number;
  negativeReviews: number;
  /** The customer's latest negative review. */
  text: string;
  date: string | null;
}

/** How the user's corrections adapted the model, and what a cross-validated check said of it. */
export interface SentimentAdaptation {
  corrections: number;
  adapted: boolean;
  minimum: number;
  check: { folds: number; accuracyBefore: number; accuracyAfter: number; weightsChanged: number } | null;
}

export interface SentimentAnalysis extends SentimentShares {
  params: SentimentParams;
  /** Review rows read, and copies counted once. */
  rows: number;
  duplicates: number;
  languages: Record<ReviewLanguage, number>;
  byMonth: GroupShares[];
  /** [day, positive, neutral, negative] per day with reviews. */
  byDay: [string, number, number, number][];
  byProduct: GroupShares[];
  byPlatform: GroupShares[];
  byAspect: GroupShares[];
  topTerms: { positive: TermWeight[]; negative: TermWeight[] };
  /** Months whose negative share rose above the baseline beyond chance. */
  alerts: { month: string; negativeShare: number; baselineShare: number; pValue: number }[];
  bySegment: SegmentShares[] | null;
  atRiskReviewers: AtRiskReviewer[];
  atRiskReviewerCount: number;
  /** The table's first page; `sentiment.reviews` pages through all `itemsStored`. */
  items: ReviewItem[];
  itemsStored: number;
  adaptation: SentimentAdaptation;
  notes: Bilingual[];
  outFile: string | null;
}
