/**
 * The fast segmenter's vocabulary: the Chinese words ICU's segmenter finds in the
 * training texts (seen at least twice), the lexicon words and the rule words. Compiled
 * once per model (a Set and the longest word length).
 */
import { normalizeReviewText } from './normalize.js';
import { CONCESSIVE, CONTRAST, DEGREE, NEGATORS } from './rules.js';
import { tokenize } from './tokenize.js';
import type { Vocabulary } from './tokenize.js';
import type { SentimentModel } from './types.js';

const HAN = /^\p{Script=Han}+$/u;
/** Longer words are rare and slow the matching down. */
const MAX_WORD = 6;
const compiled = new WeakMap<object, Vocabulary | undefined>();

export function modelVocabulary(model: Pick<SentimentModel, 'vocabulary'>): Vocabulary | undefined {
  if (compiled.has(model)) return compiled.get(model);
  const words = model.vocabulary === undefined ? undefined : new Set(model.vocabulary);
  const vocabulary = words === undefined ? undefined : { words, maxLength: Math.max(1, ...[...words].map((w) => w.length)) };
  compiled.set(model, vocabulary);
  return vocabulary;
}

export function buildVocabulary(
  texts: readonly string[],
  lexiconWords: readonly string[],
  traditionalToSimplified: Readonly<Record<string, string>>,
  minCount = 2,
): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const t of tokenize(normalizeReviewText(text, traditionalToSimplified).text).tokens) {
      if (t.kind === 'zh' && t.word.length > 1 && t.word.length <= MAX_WORD) counts.set(t.word, (counts.get(t.word) ?? 0) + 1);
    }
  }
  const words = new Set([...counts].filter(([, n]) => n >= minCount).map(([w]) => w));
  for (const w of [...lexiconWords, ...NEGATORS, ...DEGREE.keys(), ...CONTRAST, ...CONCESSIVE]) {
    if (HAN.test(w) && w.length > 1 && w.length <= MAX_WORD) words.add(w);
  }
  return [...words].sort();
}
