/**
 * Building the shipped model from its sources (all text in, plain data out): the VADER
 * lexicon, NTUSD converted to Simplified, OpenCC's character map, and weights fitted on
 * labelled Chinese reviews. scripts/train-sentiment.ts does the reading and writing.
 */
import { featurize, withBias } from './features.js';
import { normalizeReviewText, toSimplified } from './normalize.js';
import { tokenize } from './tokenize.js';
import { buildVocabulary, modelVocabulary } from './vocabulary.js';
import { fitLogistic } from './train.js';
import type { TrainingExample } from './train.js';
import type { LabelledText } from './corpus.js';
import type { FeatureHit, SentimentModel } from './types.js';

export const MODEL_VERSION = 1;
/** Log-odds per VADER valence point: a lone "good" (1.9) scores ≈ 0.45, like VADER's compound. */
export const VALENCE_WEIGHT = 0.5;
export const NEUTRAL_BAND = 0.15;

/** `token<TAB>mean<TAB>sd<TAB>ratings` lines → token → mean valence. */
export function parseVaderLexicon(text: string): Record<string, number> {
  const valence: Record<string, number> = {};
  for (const line of text.split(/\r?\n/)) {
    const [token, mean] = line.split('\t');
    const value = Number(mean);
    if (token && mean !== undefined && Number.isFinite(value)) valence[token] = value;
  }
  return valence;
}

/** `traditional<TAB>simplified` lines (# comments) → map. */
export function parseCharacterMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#')) continue;
    const [from, to] = line.split('\t');
    if (from && to) map[from] = to;
  }
  return map;
}

/** `+<TAB>word` / `-<TAB>word` lines (# comments) → word → polarity (the app's review words). */
export function parseReviewWords(text: string): Record<string, 1 | -1> {
  const words: Record<string, 1 | -1> = {};
  for (const line of text.split(/\r?\n/)) {
    const [sign, word] = line.split('\t');
    if ((sign === '+' || sign === '-') && word?.trim()) words[word.trim()] = sign === '+' ? 1 : -1;
  }
  return words;
}

/**
 * Prior log-odds of a review opinion word (R+ / R-): about a "good" in VADER's terms, so a
 * word the training texts rarely use (好吃 in books and hotels) still counts; training
 * moves it as far as the texts say.
 */
export const REVIEW_WORD_PRIOR = 1.2;

/** Lexicon words longer than this never match one segmented word; they are left out. */
const MAX_LEXICON_WORD = 4;

/** NTUSD word lists (Traditional, one a line) → Simplified word → polarity; a word in both lists is dropped. */
export function buildZhLexicon(positive: string, negative: string, t2s: Readonly<Record<string, string>>): Record<string, 1 | -1> {
  const lexicon: Record<string, 1 | -1> = {};
  const conflicted = new Set<string>();
  const add = (list: string, polarity: 1 | -1): void => {
    for (const raw of list.split(/\r?\n/)) {
      const word = toSimplified(raw.trim(), t2s).text;
      if (word.length === 0 || word.length > MAX_LEXICON_WORD) continue;
      if (lexicon[word] !== undefined && lexicon[word] !== polarity) conflicted.add(word);
      lexicon[word] = polarity;
    }
  };
  add(positive, 1);
  add(negative, -1);
  for (const word of conflicted) delete lexicon[word];
  return lexicon;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** A feature must occur in this many training texts to get a weight. */
  minDocuments: number;
  /** Weights smaller than this are not shipped. */
  minAbsWeight: number;
  /** Keep the VADER valence scale fixed (when no English texts are in the training set). */
  freezeValence: boolean;
  /**
   * Learning rate of the Chinese features (Han words and pairs, L±, R±, bias:zh). The
   * Chinese training texts (books, hotels, computers) are from other domains than most
   * shops' reviews: a gentler, early-stopped fit keeps their domain words from weighing
   * much (chosen on half of an outside food-delivery set; the other half measures it).
   */
  chineseLearningRate: number;
}

const CHINESE_FEATURE = /\p{Script=Han}|^[LR][+-]$|^bias:zh$/u;

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 8, learningRate: 0.1, chineseLearningRate: 0.02, l2: 10, seed: 20261204, minDocuments: 3, minAbsWeight: 0.02, freezeValence: false };

const LATIN = /[a-z]/;
const HAN = /\p{Script=Han}/u;

/** What the featurizer reads: a model, or a model still without weights. */
export type ScoringResources = Omit<SentimentModel, 'weights'> & { weights?: SentimentModel['weights'] };

/** Features of one text as the scorer sees them, with its bias feature (features.ts) when it has words. */
export function textFeatures(text: string, resources: ScoringResources): FeatureHit[] {
  const tokenized = tokenize(normalizeReviewText(text, resources.traditionalToSimplified).text, modelVocabulary(resources));
  return withBias(featurize(tokenized, resources), tokenized.tokens);
}

/**
 * Fits the word weights on Chinese labelled texts. English word features are left out
 * (English is read through the VADER lexicon, whose scale stays fixed), and so are rare
 * features (fewer than minDocuments texts), which would only memorise.
 */
export function trainWeights(
  texts: readonly LabelledText[],
  resources: ScoringResources,
  options: TrainingOptions = DEFAULT_TRAINING,
): Record<string, number> {
  const featureSets = texts.map((t) => {
    const hits = textFeatures(t.text, resources);
    // Latin words inside Chinese texts (model names, abbreviations) would learn the Chinese domains' bias.
    return HAN.test(t.text) ? hits.filter((h) => !((h.feature.startsWith('u:') || h.feature.startsWith('b:')) && LATIN.test(h.feature.slice(2)))) : hits;
  });
  const documents = new Map<string, number>();
  for (const hits of featureSets) for (const f of new Set(hits.map((h) => h.feature))) documents.set(f, (documents.get(f) ?? 0) + 1);
  const examples: TrainingExample[] = featureSets.map((hits, i) => ({
    hits: hits.filter((h) => (documents.get(h.feature) ?? 0) >= options.minDocuments),
    target: texts[i].label,
  }));
  const prior = { V: VALENCE_WEIGHT, ...(resources.reviewWords ? { 'R+': REVIEW_WORD_PRIOR, 'R-': -REVIEW_WORD_PRIOR } : {}) };
  const fitted = fitLogistic(examples, { ...options, prior, intercept: false, rateScale: (f) => (CHINESE_FEATURE.test(f) ? options.chineseLearningRate / options.learningRate : 1), frozen: options.freezeValence ? new Set(['V']) : undefined });
  const weights: Record<string, number> = { V: VALENCE_WEIGHT };
  for (const [feature, w] of [...fitted].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (Math.abs(w) >= options.minAbsWeight) weights[feature] = Math.round(w * 1e4) / 1e4;
  }
  return weights;
}

export interface ModelSources {
  labelled: readonly LabelledText[];
  vaderLexicon: string;
  ntusdPositive: string;
  ntusdNegative: string;
  characterMap: string;
  /** The app's review opinion words (resources/sentiment/review-words-zh.txt); optional. */
  reviewWords?: string;
  /** The app's English review words missing from VADER (resources/sentiment/review-words-en.txt); optional. */
  reviewWordsEn?: string;
}

export function buildSentimentModel(sources: ModelSources, options: TrainingOptions = DEFAULT_TRAINING): SentimentModel {
  const traditionalToSimplified = parseCharacterMap(sources.characterMap);
  const valence = parseVaderLexicon(sources.vaderLexicon);
  const zhLexicon = buildZhLexicon(sources.ntusdPositive, sources.ntusdNegative, traditionalToSimplified);
  // One map for both languages' review words: Chinese ones are Han, English ones Latin.
  const reviewWords = sources.reviewWords === undefined ? undefined : { ...parseReviewWords(sources.reviewWordsEn ?? ''), ...parseReviewWords(sources.reviewWords) };
  const vocabulary = buildVocabulary(sources.labelled.map((t) => t.text), [...Object.keys(zhLexicon), ...Object.keys(reviewWords ?? {})], traditionalToSimplified);
  const resources: ScoringResources = { version: MODEL_VERSION, neutralBand: NEUTRAL_BAND, valence, zhLexicon, reviewWords, traditionalToSimplified, vocabulary };
  const weights = trainWeights(sources.labelled, resources, options);
  return { ...resources, weights };
}
