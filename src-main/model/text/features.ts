/**
 * The featurizer shared by training, scoring, explanation and adaptation: each word of a
 * review becomes weighed features whose values carry the rules — a negated word is
 * flipped and dampened, a degree word scales the next word, the clauses after a contrast
 * word weigh 1.5 and those before it 0.5, exclamation marks and capitals emphasise
 * (VADER's rules, Hutto & Gilbert 2014, carried over to Chinese). Features:
 *   u:<word>         the word itself (learned weight; not for the app's review words, weighed as R±)
 *   b:<word>|<word>  two neighbouring words of one clause (learned; encodes 不|好 directly)
 *   L+ / L-          a word of the NTUSD positive / negative lexicon (one learned weight each)
 *   R+ / R-          a review opinion word of the app's own list (in place of L±; learned from a prior)
 *   V                the VADER valence of an English word or an emoji (value = valence); an English
 *                    word of the app's review-word list that VADER lacks counts ±REVIEW_WORD_VALENCE
 *   bias:zh/bias:en  the log-odds of a review with evidence (added by training and scoring, not here)
 */
import {
  AFTER_CONTRAST, BEFORE_CONTRAST, CAPS_EMPHASIS, CONCESSIVE, CONTRAST, DEGREE, DEGREE_REACH,
  EMOJI_VALENCE, EXCLAMATION_STEP, NEGATION_REACH, NEGATION_SCALAR, isNegator, isRuleWord,
} from './rules.js';
import { isStopWord } from './stopwords.js';
import { asMap } from './lookup.js';
import type { Token, TokenizedText } from './tokenize.js';
import type { FeatureHit } from './types.js';

export interface LexiconResources {
  valence: Readonly<Record<string, number>>;
  zhLexicon: Readonly<Record<string, 1 | -1>>;
  reviewWords?: Readonly<Record<string, 1 | -1>>;
}

/** Weight of each clause: the contrast ("but") and concession ("although") rules. */
export function clauseWeights(tokens: readonly Token[], clauseCount: number): number[] {
  const weights = new Array<number>(clauseCount).fill(1);
  const firstClauseOfSentence = new Map<number, number>();
  for (const t of tokens) if (!firstClauseOfSentence.has(t.sentence)) firstClauseOfSentence.set(t.sentence, t.clause);
  const lastClauseOfSentence = new Map<number, number>();
  for (const t of tokens) lastClauseOfSentence.set(t.sentence, t.clause);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const opensClause = i === 0 || tokens[i - 1].clause !== t.clause;
    if (!opensClause) continue;
    const opensSentence = i === 0 || tokens[i - 1].sentence !== t.sentence;
    const sentenceEnd = lastClauseOfSentence.get(t.sentence) ?? t.clause;
    if (CONTRAST.has(t.word)) {
      // A sentence that opens with "but" turns against the sentence before it.
      const from = opensSentence && i > 0 ? firstClauseOfSentence.get(tokens[i - 1].sentence) ?? t.clause : firstClauseOfSentence.get(t.sentence) ?? t.clause;
      for (let c = from; c < t.clause; c++) weights[c] = Math.min(weights[c], BEFORE_CONTRAST);
      for (let c = t.clause; c <= sentenceEnd; c++) weights[c] = AFTER_CONTRAST;
    } else if (CONCESSIVE.has(t.word)) {
      weights[t.clause] = BEFORE_CONTRAST;
      for (let c = t.clause + 1; c <= sentenceEnd; c++) if (weights[c] === 1) weights[c] = AFTER_CONTRAST;
    }
  }
  return weights;
}

/** Rule multiplier of token i: negation within reach, the nearest degree word, capitals. */
function ruleMultiplier(tokens: readonly Token[], i: number, shouting: boolean): number {
  const t = tokens[i];
  let multiplier = 1;
  let negations = 0;
  let degreeFound = false;
  for (let j = i - 1, seen = 0; j >= 0 && seen < NEGATION_REACH; j--) {
    const prev = tokens[j];
    if (prev.clause !== t.clause) break;
    if (prev.kind === 'emoji') continue;
    seen++;
    if (isNegator(prev.word)) negations++;
    if (!degreeFound && seen <= DEGREE_REACH) {
      const degree = DEGREE.get(prev.word);
      if (degree !== undefined) {
        multiplier *= degree;
        degreeFound = true;
      }
    }
  }
  if (negations % 2 === 1) multiplier *= NEGATION_SCALAR;
  if (shouting && t.caps) multiplier *= CAPS_EMPHASIS;
  return multiplier;
}

const NO_WORDS: Readonly<Record<string, 1 | -1>> = {};

/**
 * VADER valence of an English review word of the app's list (review-words-en.txt: words
 * VADER lacks, such as tasty or overpriced): about "helpful" (1.8) or "unfriendly" (−1.5).
 */
export const REVIEW_WORD_VALENCE = 1.8;

function reviewValence(polarity: 1 | -1 | undefined): number | undefined {
  return polarity === undefined ? undefined : polarity * REVIEW_WORD_VALENCE;
}

/**
 * The log-odds of a review that says something before its words are weighed, one per
 * script (the training texts lean negative, Chinese ones more than English ones). Fitted
 * with the words and added only to a review with evidence, so a text without any still
 * scores 0. Without it the words' weights are relative to a bias that scoring would drop,
 * and every review drifts towards praise.
 */
export function biasFeature(tokens: readonly Token[]): string {
  return tokens.some((t) => t.kind === 'zh') ? 'bias:zh' : 'bias:en';
}

export const BIAS_FEATURES: ReadonlySet<string> = new Set(['bias:zh', 'bias:en']);

/** A text's features plus its bias feature, as training and adaptation fit them. */
export function withBias(hits: FeatureHit[], tokens: readonly Token[]): FeatureHit[] {
  return hits.length === 0 ? hits : [...hits, { feature: biasFeature(tokens), value: 1, term: '', clause: -1 }];
}

/**
 * What a word the segmenter cut out of a longer one is shown as (drivers, top terms): ICU
 * and the vocabulary read 性价比 as 性/价/比 and 毛肚 as 毛/肚, and a pair such as 比|很高
 * is no phrase anyone wrote. A single Han character that is no word of its own (not in the
 * lexicons, not a rule or function word) is a possible fragment: a run of them in one clause
 * is shown joined (性价比), and so is a pair that touches the run. A lone one ('' here) is
 * shown as itself (辣, 香 are words the lexicons lack) but its pairs (很|辣, 比|很高) are
 * not named: weighed, never listed. Null: the word and its pairs show as themselves.
 */
export function fragmentUnits(tokens: readonly Token[], isWord: (word: string) => boolean): (string | null)[] {
  const fragment = tokens.map((t) => t.kind === 'zh' && t.word.length === 1 && !isWord(t.word));
  const units: (string | null)[] = tokens.map(() => null);
  for (let i = 0; i < tokens.length; ) {
    if (!fragment[i]) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && fragment[end] && tokens[end].clause === tokens[i].clause) end++;
    const unit = end - i > 1 ? tokens.slice(i, end).map((t) => t.word).join('') : '';
    for (let k = i; k < end; k++) units[k] = unit;
    i = end;
  }
  return units;
}

const standalone = new WeakMap<object, (word: string) => boolean>();

/** Whether a single character is a word of its own (fragmentUnits), remembered per model: asked for most characters of 100k reviews. */
function standaloneTest(resources: LexiconResources, zhLexicon: ReadonlyMap<string, unknown>, reviewWords: ReadonlyMap<string, unknown>): (word: string) => boolean {
  let test = standalone.get(resources);
  if (!test) {
    const known = new Map<string, boolean>();
    test = (word) => {
      let is = known.get(word);
      if (is === undefined) known.set(word, (is = zhLexicon.has(word) || reviewWords.has(word) || isRuleWord(word) || isStopWord(word)));
      return is;
    };
    standalone.set(resources, test);
  }
  return test;
}

/** Sentence-final particles the segmenter may glue onto a word (慢了, 好吃啊). */
const TRAILING_PARTICLE = /[了啊呀吧呢哦哈]$/u;

/** The word as the lexicons list it: 慢了 is 慢 unless 慢了 is listed itself (凉了). */
function lexicalForm(word: string, ...lists: ReadonlyMap<string, unknown>[]): string {
  if (word.length < 2 || !TRAILING_PARTICLE.test(word) || lists.some((l) => l.has(word))) return word;
  return word.slice(0, -1);
}

export function featurize(tokenized: TokenizedText, resources: LexiconResources): FeatureHit[] {
  const { tokens, exclamations } = tokenized;
  const hits: FeatureHit[] = [];
  if (tokens.length === 0) return hits;
  const weights = clauseWeights(tokens, exclamations.length);
  const zhLexicon = asMap(resources.zhLexicon);
  const reviewWords = asMap(resources.reviewWords ?? NO_WORDS);
  const valences = asMap(resources.valence);
  const units = fragmentUnits(tokens, standaloneTest(resources, zhLexicon, reviewWords));
  // Capitals emphasise only against lower-case text (VADER: "is_cap_diff").
  const shouting = tokens.some((t) => t.kind === 'en' && !t.caps) && tokens.some((t) => t.caps);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const clauseWeight = weights[t.clause] * (1 + EXCLAMATION_STEP * Math.min(exclamations[t.clause], 3));
    const value = clauseWeight * ruleMultiplier(tokens, i, shouting);
    const lexical = t.kind === 'zh' ? lexicalForm(t.word, reviewWords, zhLexicon) : t.word;
    const review = t.kind === 'zh' ? reviewWords.get(lexical) : undefined;
    // A review word is weighed by its group (R±) alone: its own weight, learned from books and
    // hotels, mostly undid the prior (好吃 learned −0.37 there) and did not transfer to other shops.
    if (review === undefined) hits.push({ feature: `u:${t.word}`, value, term: units[i] || t.word, clause: t.clause });
    if (t.kind === 'zh') {
      const polarity = zhLexicon.get(lexical);
      if (review !== undefined) hits.push({ feature: review > 0 ? 'R+' : 'R-', value, term: t.word, clause: t.clause });
      else if (polarity !== undefined) hits.push({ feature: polarity > 0 ? 'L+' : 'L-', value, term: t.word, clause: t.clause });
    } else {
      const valence = t.kind === 'emoji' ? EMOJI_VALENCE.get(t.word) : valences.get(t.word) ?? reviewValence(reviewWords.get(t.word));
      if (valence !== undefined && valence !== 0) hits.push({ feature: 'V', value: value * valence, term: t.word, clause: t.clause });
    }
    const next = tokens[i + 1];
    if (next !== undefined && next.clause === t.clause && t.kind !== 'emoji' && next.kind !== 'emoji') {
      const term = units[i] !== null || units[i + 1] !== null ? (units[i] ?? units[i + 1] ?? '') : t.kind === 'en' && next.kind === 'en' ? `${t.word} ${next.word}` : t.word + next.word;
      hits.push({ feature: `b:${t.word}|${next.word}`, value: clauseWeight, term, clause: t.clause });
    }
  }
  return hits;
}
