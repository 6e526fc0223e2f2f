/**
 * Words of a review, in order, with the clause and sentence each belongs to. Chinese is
 * segmented by ICU's dictionary through `Intl.Segmenter('zh', {granularity: 'word'})`
 * (no native dependency; Node 20 ships full ICU) — or, much faster (ICU costs about
 * 1 µs a character, too slow for 100k reviews), by forward maximum matching over a
 * vocabulary that ICU produced from the training texts (the model's `vocabulary`, so
 * training and scoring segment alike). Clause marks (，,;；:) and sentence marks
 * (。.!?！？ newline) bound the reach of the rules.
 */
import { CONCESSIVE, CONTRAST, DEGREE, NEGATORS } from './rules.js';

export type TokenKind = 'zh' | 'en' | 'emoji' | 'other';

export interface Token {
  /** Lower-cased for Latin script. */
  word: string;
  kind: TokenKind;
  clause: number;
  sentence: number;
  /** Written in capitals (ALL CAPS, at least two letters). */
  caps: boolean;
}

export interface TokenizedText {
  tokens: Token[];
  /** Exclamation marks per clause (VADER's punctuation emphasis). */
  exclamations: number[];
  /** Letters by script, for language detection. */
  han: number;
  kana: number;
  hangul: number;
  otherScript: number;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*|[\u2665\u263A\u2639]/gu;
const SENTENCE_END = /[。.!?！？\n…]/;
const CLAUSE_END = /[，,;；:：、~～]/;


/** Builds tokens and clause bookkeeping; shared by both segmenters. */
class TokenSink {
  readonly tokens: Token[] = [];
  readonly exclamations: number[] = [0];
  private clause = 0;
  private sentence = 0;
  private clauseHasWords = false;

  word(word: string, kind: TokenKind, caps: boolean): void {
    // A contrast or concession word opens a clause of its own.
    if ((CONTRAST.has(word) || CONCESSIVE.has(word)) && this.clauseHasWords) this.newClause(false);
    this.tokens.push({ word, kind, clause: this.clause, sentence: this.sentence, caps });
    this.clauseHasWords = true;
  }

  latin(segment: string): void {
    this.word(segment.toLowerCase().replace(/’/g, "'"), 'en', segment.length > 1 && segment === segment.toUpperCase());
  }

  exclamation(): void {
    this.exclamations[this.clause] += 1;
  }

  newClause(newSentence: boolean): void {
    if (newSentence) this.sentence++;
    if (!this.clauseHasWords) return;
    this.clause++;
    this.exclamations.push(0);
    this.clauseHasWords = false;
  }

  /** Emoji, "!" and clause/sentence marks inside a run of non-word characters. */
  punctuation(segment: string): void {
    EMOJI.lastIndex = 0;
    let emoji: RegExpExecArray | null;
    while ((emoji = EMOJI.exec(segment)) !== null) {
      this.tokens.push({ word: emoji[0].replace(/\uFE0F/g, ''), kind: 'emoji', clause: this.clause, sentence: this.sentence, caps: false });
      this.clauseHasWords = true;
    }
    if (segment.includes('!') || segment.includes('！')) this.exclamation();
    if (SENTENCE_END.test(segment)) this.newClause(true);
    else if (CLAUSE_END.test(segment)) this.newClause(false);
  }
}

/** Letters by script in one pass over the UTF-16 units (ranges of the main blocks). */
function scriptCounts(text: string): Pick<TokenizedText, 'han' | 'kana' | 'hangul' | 'otherScript'> {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let otherScript = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
    else if (c >= 0xd840 && c <= 0xd87f) han++; // high surrogate of the supplementary ideographs (U+20000–U+2FFFF)
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if (c <= 0x0fff) otherScript++; // Greek, Cyrillic, Hebrew, Arabic, Indic, Thai…
  }
  return { han, kana, hangul, otherScript };
}

function tokenizeWithIcu(text: string): TokenizedText {
  const sink = new TokenSink();
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) sink.punctuation(segment);
    else if (HAN.test(segment)) sink.word(segment, 'zh', false);
    else if (LATIN.test(segment)) sink.latin(segment);
    // numbers and other scripts carry no sentiment here
  }
  return { tokens: sink.tokens, exclamations: sink.exclamations, ...scriptCounts(text) };
}

/** Han runs, Latin words (with apostrophes), numbers and other letters, and everything else. */
const RUNS = /(\p{Script=Han}+)|(\p{Script=Latin}[\p{Script=Latin}\p{M}'’]*)|([\p{L}\p{N}]+)|([^\p{L}\p{N}]+)/gu;

/** Single-character degree and negation words (很, 太, 不, 没…). */
const FREE_CHARACTERS: ReadonlySet<string> = new Set([...DEGREE.keys(), ...NEGATORS].filter((w) => w.length === 1));

let masks = new Uint32Array(256); // bit L: a word of length L starts here (bit 1: the character itself); 0: not looked up yet
let longest = new Uint8Array(256);

function lookUp(run: string, i: number, vocabulary: Vocabulary): void {
  let mask = 2;
  let top = 1;
  for (let length = 2; length <= vocabulary.maxLength && i + length <= run.length; length++) {
    if (vocabulary.words.has(run.slice(i, i + length))) {
      mask |= 1 << length;
      top = length;
    }
  }
  masks[i] = mask;
  longest[i] = top;
}

/**
 * Maximum matching with one word of look-ahead (MMSEG's first rule, Tsai 1996): at each
 * position the word is chosen whose pair with the longest next word covers the most
 * text — so 很不好吃 is 很/不好吃 where plain forward matching reads 很不/好吃 — and on
 * a tie a lone degree or negation word, else the longer first word (很难吃 is 很/难吃).
 * The words starting at a position are looked up once, when first needed (a bit per
 * length, in buffers reused across runs), so the look-ahead costs little more than plain
 * matching did.
 */
function maximumMatch(run: string, vocabulary: Vocabulary, sink: TokenSink): void {
  const n = run.length;
  if (masks.length < n + 1) {
    masks = new Uint32Array(2 * n + 2);
    longest = new Uint8Array(2 * n + 2);
  }
  masks.fill(0, 0, n + 1);
  longest.fill(0, 0, n + 1);
  const longestAt = (i: number): number => {
    if (i >= n) return 0;
    if (masks[i] === 0) lookUp(run, i, vocabulary);
    return longest[i];
  };
  let i = 0;
  while (i < n) {
    let best = longestAt(i);
    if (i + best < n) {
      let bestCover = best + longestAt(i + best);
      for (let length = best - 1; length >= 1; length--) {
        if ((masks[i] & (1 << length)) === 0) continue;
        const cover = length + longestAt(i + length);
        // On a tie a lone degree or negation word wins (很/难吃, not 很难/吃): a free word, rarely a word's first half.
        if (cover > bestCover || (cover === bestCover && length === 1 && FREE_CHARACTERS.has(run[i]))) {
          best = length;
          bestCover = cover;
        }
      }
    }
    sink.word(run.slice(i, i + best), 'zh', false);
    i += best;
  }
}

export interface Vocabulary {
  words: ReadonlySet<string>;
  maxLength: number;
}

function tokenizeWithVocabulary(text: string, vocabulary: Vocabulary): TokenizedText {
  const sink = new TokenSink();
  RUNS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUNS.exec(text)) !== null) {
    if (m[1] !== undefined) maximumMatch(m[1], vocabulary, sink);
    else if (m[2] !== undefined) {
      // Latin words may carry apostrophes but not end on one ("dogs'" → dogs).
      const word = m[2].replace(/['’]+$/, '');
      if (word.length > 0) sink.latin(word);
    } else if (m[4] !== undefined) sink.punctuation(m[4]);
  }
  return { tokens: sink.tokens, exclamations: sink.exclamations, ...scriptCounts(text) };
}

/** Words of a text: by the vocabulary when given, else by ICU's segmenter. */
export function tokenize(text: string, vocabulary?: Vocabulary): TokenizedText {
  return vocabulary === undefined ? tokenizeWithIcu(text) : tokenizeWithVocabulary(text, vocabulary);
}
