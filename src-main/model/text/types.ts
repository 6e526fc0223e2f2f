/**
 * Shapes of the review-sentiment model core: a linear model in log-odds space whose
 * features are rule-adjusted (negation, degree, contrast) before they are weighed, so the
 * same featurizer serves training, scoring, explanation and per-project adaptation.
 */

/** zh, en, both (mixed), another language (unknown: not scored), or no words at all (none). */
import type { ReviewLanguage } from '@shared/analyses/sentiment.result.js';

export type { ReviewLanguage };
export type SentimentLabel = 'positive' | 'neutral' | 'negative';

/** Everything a scorer needs, as plain data (resources/sentiment/model.json). */
export interface SentimentModel {
  version: number;
  /** Log-odds weight of each feature (`u:` word, `b:` word pair, `L+`/`L-` lexicon hit, `V` valence). */
  weights: Readonly<Record<string, number>>;
  /** VADER lexicon (Hutto & Gilbert 2014): English token → mean valence (−4…+4). */
  valence: Readonly<Record<string, number>>;
  /** NTUSD words converted to Simplified: +1 positive, −1 negative. */
  zhLexicon: Readonly<Record<string, 1 | -1>>;
  /**
   * Review opinion words written for the app: +1 praise, −1 complaint. Chinese ones
   * (resources/sentiment/review-words-zh.txt) are read as the R+ / R- features, English
   * ones (review-words-en.txt, words VADER lacks) as a VADER valence. Absent in older model files.
   */
  reviewWords?: Readonly<Record<string, 1 | -1>>;
  /** Traditional → Simplified character map (OpenCC TSCharacters). */
  traditionalToSimplified: Readonly<Record<string, string>>;
  /** |score| below this is neutral. */
  neutralBand: number;
  /**
   * Chinese words for the fast segmenter (ICU's segmentation of the training texts);
   * without it, reviews are segmented by Intl.Segmenter (slower, same rules).
   */
  vocabulary?: readonly string[];
}

/** One word that moved a review's score, with its signed contribution in log-odds. */
export interface SentimentDriver {
  term: string;
  contribution: number;
}

export interface ReviewSentiment {
  /** tanh(z / 2) of the log-odds z: in [−1, 1]; null when the review cannot be scored. */
  score: number | null;
  label: SentimentLabel | null;
  language: ReviewLanguage;
  /** Strongest contributions first (at most a handful). */
  drivers: SentimentDriver[];
  /** The text was longer than the analysed limit; only its beginning was read. */
  truncated: boolean;
  /** HTML tags or entities were removed. */
  htmlStripped: boolean;
  /** Traditional characters were mapped to Simplified. */
  traditional: boolean;
}

/** A feature occurrence: what the featurizer produces for each word it weighs. */
export interface FeatureHit {
  feature: string;
  /** Multiplier from the rules (negation, degree, contrast, emphasis); 1 for a plain hit. */
  value: number;
  /** The word(s) as they appeared, for explanations. */
  term: string;
  /** Index of the clause the word is in. */
  clause: number;
}
