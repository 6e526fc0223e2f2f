/**
 * Plain lexicon baselines the trained model is compared against in the same run:
 * English — the VADER lexicon with the same VADER-style rules and nothing learned;
 * Chinese — NTUSD word counts (positive minus negative words), no rules.
 */
import { normalizeReviewText } from './normalize.js';
import { scoreReview } from './score.js';
import { tokenize } from './tokenize.js';
import { modelVocabulary } from './vocabulary.js';
import { VALENCE_WEIGHT } from './build.js';
import type { ReviewSentiment, SentimentModel } from './types.js';

export function vaderBaseline(model: SentimentModel): SentimentModel {
  return { ...model, weights: { V: VALENCE_WEIGHT } };
}

export function vaderBaselineScore(text: string, model: SentimentModel): ReviewSentiment {
  return scoreReview(text, vaderBaseline(model));
}

/** (positive − negative NTUSD words) / words counted, in [−1, 1]; 0 without a lexicon word. */
export function ntusdCountScore(text: string, model: SentimentModel): number {
  const { tokens } = tokenize(normalizeReviewText(text, model.traditionalToSimplified).text, modelVocabulary(model));
  let positive = 0;
  let negative = 0;
  for (const t of tokens) {
    const polarity = model.zhLexicon[t.word];
    if (polarity === 1) positive++;
    else if (polarity === -1) negative++;
  }
  return positive + negative > 0 ? (positive - negative) / (positive + negative) : 0;
}
