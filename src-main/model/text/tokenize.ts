/**
 * Words of a review, in order, with the clause and sentence each belongs to. Chinese is
 * segmented by ICU's dictionary through `Intl.Segmenter('zh', {granularity: 'word'})`
 * (no native dependency; Node 20 ships full ICU); English words come from the same pass.
 * Clause marks (，,;；:) and sentence marks (。.!?！？ newline) bound the reach of the rules.
 */
import { CONCESSIVE, CONTRAST } from './rules.js';

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
const HAN_ALL = /\p{Script=Han}/gu;
const KANA_ALL = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL_ALL = /\p{Script=Hangul}/gu;
const OTHER_LETTERS_ALL = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Hebrew}\p{Script=Greek}]/gu;
const LATIN = /\p{Script=Latin}/u;
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*|[\u2665\u263A\u2639]/gu;
const SENTENCE_END = /[。.!?！？\n…]/;
const CLAUSE_END = /[，,;；:：、~～]/;

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

export function tokenize(text: string): TokenizedText {
  const tokens: Token[] = [];
  const exclamations: number[] = [0];
  let clause = 0;
  let sentence = 0;
  let clauseHasWords = false;
  const newClause = (newSentence: boolean): void => {
    if (newSentence) sentence++;
    if (!clauseHasWords) return;
    clause++;
    exclamations.push(0);
    clauseHasWords = false;
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) {
      const kind: TokenKind = HAN.test(segment) ? 'zh' : LATIN.test(segment) ? 'en' : 'other';
      if (kind === 'other') continue; // numbers and other scripts carry no sentiment here
      const word = kind === 'en' ? segment.toLowerCase().replace(/’/g, "'") : segment;
      // A contrast or concession word opens a clause of its own.
      if ((CONTRAST.has(word) || CONCESSIVE.has(word)) && clauseHasWords) newClause(false);
      tokens.push({ word, kind, clause, sentence, caps: kind === 'en' && segment.length > 1 && segment === segment.toUpperCase() });
      clauseHasWords = true;
      continue;
    }
    EMOJI.lastIndex = 0;
    let emoji: RegExpExecArray | null;
    while ((emoji = EMOJI.exec(segment)) !== null) {
      tokens.push({ word: emoji[0].replace(/\uFE0F/g, ''), kind: 'emoji', clause, sentence, caps: false });
      clauseHasWords = true;
    }
    if (segment.includes('!') || segment.includes('！')) exclamations[clause] += 1;
    if (SENTENCE_END.test(segment)) newClause(true);
    else if (CLAUSE_END.test(segment)) newClause(false);
  }
  return {
    tokens,
    exclamations,
    han: countMatches(text, HAN_ALL),
    kana: countMatches(text, KANA_ALL),
    hangul: countMatches(text, HANGUL_ALL),
    otherScript: countMatches(text, OTHER_LETTERS_ALL),
  };
}
