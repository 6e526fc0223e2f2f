import { describe, expect, it } from 'vitest';
import { clauseWeights, featurize, fragmentUnits, REVIEW_WORD_VALENCE } from './features.js';
import { scoreReview } from './score.js';
import { tinyModel } from './test-model.js';
import { tokenize } from './tokenize.js';
import { modelVocabulary } from './vocabulary.js';

const model = tinyModel();
const score = (text: string): number => scoreReview(text, model).score ?? Number.NaN;

describe('rules', () => {
  it('negation flips and dampens (不/没/not/n\'t)', () => {
    expect(score('好')).toBeGreaterThan(0);
    expect(score('不 好')).toBeLessThan(0);
    expect(Math.abs(score('不 好'))).toBeLessThan(Math.abs(score('好')));
    expect(score('没 差')).toBeGreaterThan(0);
    expect(score('good')).toBeGreaterThan(0);
    expect(score('not good')).toBeLessThan(0);
    expect(score("isn't good")).toBeLessThan(0);
    expect(score('never bad')).toBeGreaterThan(0);
  });

  it('都不/也没 negate like 不/没 (the segmenter keeps them as one word)', () => {
    const segmented = { ...tinyModel(), vocabulary: ['都不', '也没'] };
    expect(tokenize('都不好', modelVocabulary(segmented)).tokens.map((t) => t.word)).toEqual(['都不', '好']);
    expect(scoreReview('都不好', segmented).score).toBeLessThan(0);
    expect(scoreReview('也没差', segmented).score).toBeGreaterThan(0);
  });

  it('reads the app’s review words as R+ / R-, in place of the NTUSD lexicon, under the same rules', () => {
    const withWords = { ...tinyModel({ 'R+': 1, 'R-': -1, 'L+': 5 }), reviewWords: { 好: 1, 好吃: 1, 难吃: -1 } as Record<string, 1 | -1>, vocabulary: ['好吃', '难吃'] };
    const hits = featurize(tokenize('好吃', modelVocabulary(withWords)), withWords);
    // Weighed by the group alone: a word weight of its own learned in other domains did not transfer.
    expect(hits.map((h) => h.feature)).toEqual(['R+']);
    // 好 is in both lists: the review word wins, NTUSD's L+ (weight 5 here) is not read.
    expect(featurize(tokenize('好', modelVocabulary(withWords)), withWords).map((h) => h.feature)).toEqual(['R+']);
    expect(scoreReview('不 好吃', withWords).score).toBeLessThan(0);
    expect(scoreReview('难吃', withWords).score).toBeLessThan(0);
    // A particle the segmenter glued on (慢了) does not hide the word; a listed form (凉了) is kept.
    const glued = { ...withWords, reviewWords: { 慢: -1, 凉了: -1 } as Record<string, 1 | -1>, vocabulary: ['慢了', '凉了'] };
    expect(featurize(tokenize('慢了', modelVocabulary(glued)), glued).map((h) => [h.feature, h.term])).toEqual([['R-', '慢了']]);
    expect(featurize(tokenize('凉了', modelVocabulary(glued)), glued).map((h) => [h.feature, h.term])).toEqual([['R-', '凉了']]);
  });

  it('reads a word glued onto 不/没 by the segmenter (很不, 太不, 还没) as a negator', () => {
    const segmented = { ...tinyModel({ 'u:好吃': 1, 'u:到': 0.5 }), vocabulary: ['很不', '太不', '还没', '好吃'] };
    expect(tokenize('很不好吃', modelVocabulary(segmented)).tokens.map((t) => t.word)).toEqual(['很不', '好吃']);
    expect(scoreReview('很不好吃', segmented).score).toBeLessThan(0);
    expect(scoreReview('太不好吃', segmented).score).toBeLessThan(0);
    expect(scoreReview('还没到', segmented).score).toBeLessThan(0);
    expect(scoreReview('好吃', segmented).score).toBeGreaterThan(0);
  });

  it('reads the app’s English review words that VADER lacks as a valence, under the same rules', () => {
    const withWords = { ...tinyModel(), reviewWords: { tasty: 1, bland: -1, good: -1 } as Record<string, 1 | -1> };
    expect(featurize(tokenize('tasty'), withWords).find((h) => h.feature === 'V')?.value).toBe(REVIEW_WORD_VALENCE);
    expect(scoreReview('tasty', withWords).score).toBeGreaterThan(0);
    expect(scoreReview('not tasty', withWords).score).toBeLessThan(0);
    expect(scoreReview('bland', withWords).score).toBeLessThan(0);
    // VADER's own valence wins where it has one.
    expect(featurize(tokenize('good'), withWords).find((h) => h.feature === 'V')?.value).toBe(1.9);
  });

  it('names a run of word fragments joined, a lone fragment not at all, and words as themselves', () => {
    const tokens = tokenize('性价比很高，敏感肌不好', { words: new Set(['很高', '敏感', '不好']), maxLength: 2 }).tokens;
    expect(tokens.map((t) => t.word)).toEqual(['性', '价', '比', '很高', '敏感', '肌', '不好']);
    const isWord = (w: string) => w === '好';
    expect(fragmentUnits(tokens, isWord)).toEqual(['性价比', '性价比', '性价比', null, null, '', null]);
    // A pair that touches a run is named after it (比|很高 is 性价比); one with a lone character is not named.
    const hits = featurize({ ...tokenize('性价比很高', { words: new Set(['很高']), maxLength: 2 }) }, { valence: {}, zhLexicon: {} });
    expect(hits.filter((h) => h.feature === 'b:比|很高').map((h) => h.term)).toEqual(['性价比']);
    expect(hits.filter((h) => h.feature === 'u:很高').map((h) => h.term)).toEqual(['很高']);
    const lone = featurize(tokenize('敏感肌', { words: new Set(['敏感']), maxLength: 2 }), { valence: {}, zhLexicon: {} });
    expect(lone.map((h) => [h.feature, h.term])).toEqual([['u:敏感', '敏感'], ['b:敏感|肌', ''], ['u:肌', '肌']]);
    // A lexicon word of one character is a word, not a fragment.
    expect(fragmentUnits(tokenize('好').tokens, isWord)).toEqual([null]);
  });

  it('degree words scale the next word (非常 > 很 > plain > 有点)', () => {
    const strong = score('非常 快');
    const moderate = score('很 快');
    const plain = score('快');
    const weak = score('有点 快');
    expect(strong).toBeGreaterThan(moderate);
    expect(moderate).toBeGreaterThan(plain);
    expect(plain).toBeGreaterThan(weak);
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('slightly good')).toBeLessThan(score('good'));
  });

  it('the clause after a contrast word weighs more (但是/but)', () => {
    expect(score('快，但是 贵 贵')).toBeLessThan(0);
    expect(score('贵 贵，但是 快 快')).toBeGreaterThan(0);
    expect(score('It was good but the delivery was slow and bad')).toBeLessThan(0);
    const t = tokenize('快，但是贵');
    expect(clauseWeights(t.tokens, t.exclamations.length)).toEqual([0.5, 1.5]);
  });

  it('reads emoji and exclamation marks', () => {
    expect(score('👍')).toBeGreaterThan(0);
    expect(score('😡')).toBeLessThan(0);
    expect(score('good!!!')).toBeGreaterThan(score('good'));
  });

  it('names the words that drove the score', () => {
    const s = scoreReview('物流 慢，但是 东西 好', model);
    expect(s.drivers.map((d) => d.term)).toContain('好');
    expect(s.drivers.find((d) => d.term === '慢')?.contribution).toBeLessThan(0);
  });

  it('does not score other languages or empty texts, and flags what it cleaned', () => {
    expect(scoreReview('Très bon produit et je suis content', model)).toMatchObject({ score: null, label: null, language: 'unknown' });
    expect(scoreReview('', model)).toMatchObject({ score: null, label: null, language: 'none' });
    expect(scoreReview('。。。！！', model)).toMatchObject({ score: null, label: null, language: 'none' });
    expect(scoreReview('👍👍', model)).toMatchObject({ label: 'positive', language: 'none' });
    expect(scoreReview('<b>好</b>', model)).toMatchObject({ label: 'positive', htmlStripped: true });
    expect(scoreReview('東西好', model).traditional).toBe(true);
  });
});
