/**
 * Learning from a project's corrections: the user's labels refit the word weights by a
 * MAP update centred on the shipped weights (train.ts), so a few hundred corrections move
 * the words the shop's reviews use ("辣" is praise in a hot-pot shop) and leave the rest.
 * The result is a small delta kept in the project; dropping it resets the model. How
 * much it helps is measured by k-fold cross-validation over the corrections.
 */
import { textFeatures } from './build.js';
import { duplicateKey } from './corpus.js';
import { mulberry32, shuffleInPlace } from '../random.js';
import { scoreReview } from './score.js';
import { fitLogistic } from './train.js';
import type { SentimentLabel, SentimentModel } from './types.js';

/** How corrections are matched to reviews: the text as copies compare (emoji-only texts as written). */
export function correctionKey(text: string): string {
  return duplicateKey(text) || text.trim();
}

export interface Correction {
  text: string;
  label: SentimentLabel;
}

/** Feature → change of weight; empty means the shipped model. */
export type AdaptationDelta = Record<string, number>;

export interface AdaptationOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_ADAPTATION: AdaptationOptions = { epochs: 30, learningRate: 0.3, l2: 2, seed: 1 };

const TARGET: Readonly<Record<SentimentLabel, number>> = { positive: 1, neutral: 0.5, negative: 0 };
/** Changes smaller than this are not kept. */
const MIN_CHANGE = 1e-3;

export function adaptationDelta(model: SentimentModel, corrections: readonly Correction[], options: AdaptationOptions = DEFAULT_ADAPTATION): AdaptationDelta {
  if (corrections.length === 0) return {};
  const examples = corrections.map((c) => ({ hits: textFeatures(c.text, model), target: TARGET[c.label] }));
  const fitted = fitLogistic(examples, { ...options, prior: model.weights });
  const delta: AdaptationDelta = {};
  for (const [feature, w] of fitted) {
    const change = w - (model.weights[feature] ?? 0);
    if (Math.abs(change) >= MIN_CHANGE) delta[feature] = Math.round(change * 1e4) / 1e4;
  }
  return delta;
}

export function applyAdaptation(model: SentimentModel, delta: AdaptationDelta): SentimentModel {
  const weights: Record<string, number> = { ...model.weights };
  for (const [feature, change] of Object.entries(delta)) weights[feature] = (weights[feature] ?? 0) + change;
  return { ...model, weights };
}

export interface AdaptationCheck {
  corrections: number;
  folds: number;
  /** Share of corrections whose label the shipped model already gave. */
  accuracyBefore: number;
  /** The same share when each correction is predicted by a model adapted on the other folds. */
  accuracyAfter: number;
}

/**
 * k-fold cross-validation over the corrections (copies of one text stay in one fold):
 * before = the shipped model's agreement with the user's labels, after = agreement of a
 * model adapted without the fold being predicted.
 */
export function crossValidateAdaptation(
  model: SentimentModel,
  corrections: readonly Correction[],
  folds = 5,
  options: AdaptationOptions = DEFAULT_ADAPTATION,
): AdaptationCheck {
  const n = corrections.length;
  const k = Math.max(2, Math.min(folds, n));
  const groups = new Map<string, number[]>();
  corrections.forEach((c, i) => {
    const key = duplicateKey(c.text);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const order = Int32Array.from(groups.keys(), (_, i) => i);
  shuffleInPlace(order, mulberry32(options.seed));
  const lists = [...groups.values()];
  const foldOf = new Int32Array(n);
  order.forEach((g, position) => {
    for (const i of lists[g]) foldOf[i] = position % k;
  });
  let before = 0;
  let after = 0;
  for (let f = 0; f < k; f++) {
    const train = corrections.filter((_, i) => foldOf[i] !== f);
    const adapted = applyAdaptation(model, adaptationDelta(model, train, options));
    corrections.forEach((c, i) => {
      if (foldOf[i] !== f) return;
      if (scoreReview(c.text, model).label === c.label) before++;
      if (scoreReview(c.text, adapted).label === c.label) after++;
    });
  }
  return { corrections: n, folds: k, accuracyBefore: n > 0 ? before / n : 0, accuracyAfter: n > 0 ? after / n : 0 };
}
