/**
 * Scores one review: clean the text, detect its language, segment, featurize with the
 * rules, and add up the weights in log-odds z. The score is tanh(z / 2) = 2·σ(z) − 1, in
 * [−1, 1]. The bias (features.ts) is added only to a review with evidence, so a text
 * without any scores 0 (neutral) whatever the class balance of the training data was.
 */
import { biasFeature, featurize } from './features.js';
import { detectLanguage } from './language.js';
import { normalizeReviewText } from './normalize.js';
import { asMap } from './lookup.js';
import { tokenize } from './tokenize.js';
import { modelVocabulary } from './vocabulary.js';
import type { Token } from './tokenize.js';
import type { FeatureHit, ReviewSentiment, SentimentDriver, SentimentLabel, SentimentModel } from './types.js';

/** Drivers reported per review. */
const MAX_DRIVERS = 5;
/** Contributions smaller than this (log-odds) do not count as drivers. */
const MIN_DRIVER = 0.05;

export interface ScoredHits {
  hits: FeatureHit[];
  /** Weight of each hit (0 when the feature is unknown). */
  contributions: number[];
}

export function scoreFromLogOdds(z: number): number {
  return Math.tanh(z / 2);
}

export function labelOf(score: number, neutralBand: number): SentimentLabel {
  return score >= neutralBand ? 'positive' : score <= -neutralBand ? 'negative' : 'neutral';
}

export function weighHits(hits: FeatureHit[], weights: Readonly<Record<string, number>>): ScoredHits {
  const table = asMap(weights);
  const contributions = hits.map((h) => (table.get(h.feature) ?? 0) * h.value);
  return { hits, contributions };
}

/**
 * Terms with the largest absolute contribution, summed over the features of each term.
 * A review has a few dozen hits: plain arrays with a linear search beat a Map per review
 * (this runs once per review, 100k times in a big project).
 */
export function topDrivers(scored: ScoredHits, limit = MAX_DRIVERS): SentimentDriver[] {
  const terms: string[] = [];
  const sums: number[] = [];
  scored.hits.forEach((h, i) => {
    const c = scored.contributions[i];
    // '' is a fragment of a word (features.ts) or the bias: weighed, never named.
    if (c === 0 || h.term === '') return;
    const at = terms.indexOf(h.term);
    if (at < 0) {
      terms.push(h.term);
      sums.push(c);
    } else sums[at] += c;
  });
  const drivers: SentimentDriver[] = [];
  for (let i = 0; i < terms.length; i++) if (Math.abs(sums[i]) >= MIN_DRIVER) drivers.push({ term: terms[i], contribution: sums[i] });
  return drivers.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || (a.term < b.term ? -1 : 1)).slice(0, limit);
}

export interface AnalysedReview {
  sentiment: ReviewSentiment;
  /** Features and their contributions (for aspects and top terms); empty when not scored. */
  scored: ScoredHits;
  /** The words read, with their clauses and sentences. */
  tokens: Token[];
}

export function analyseReview(text: string, model: SentimentModel): AnalysedReview {
  const normalized = normalizeReviewText(text, model.traditionalToSimplified);
  const tokenized = tokenize(normalized.text, modelVocabulary(model));
  const language = detectLanguage(tokenized);
  const flags = { truncated: normalized.truncated, htmlStripped: normalized.htmlStripped, traditional: normalized.traditional };
  const scorable = language !== 'unknown' && tokenized.tokens.length > 0;
  if (!scorable) {
    return { sentiment: { score: null, label: null, language, drivers: [], ...flags }, scored: { hits: [], contributions: [] }, tokens: tokenized.tokens };
  }
  const scored = weighHits(featurize(tokenized, model), model.weights);
  const evidence = scored.contributions.some((c) => c !== 0);
  const z = scored.contributions.reduce((s, c) => s + c, evidence ? model.weights[biasFeature(tokenized.tokens)] ?? 0 : 0);
  const score = scoreFromLogOdds(z);
  return {
    sentiment: { score, label: labelOf(score, model.neutralBand), language, drivers: topDrivers(scored), ...flags },
    scored,
    tokens: tokenized.tokens,
  };
}

export function scoreReview(text: string, model: SentimentModel): ReviewSentiment {
  return analyseReview(text, model).sentiment;
}
