import { describe, expect, it } from 'vitest';
import { buildSentimentModel, buildZhLexicon, parseReviewWords, parseVaderLexicon, REVIEW_WORD_PRIOR } from './build.js';
import { serializeSentimentModel, parseSentimentModel } from './model-file.js';
import { scoreReview } from './score.js';

const sources = {
  labelled: [
    ...['质量很好，很满意', '物流很快，好评', '非常满意，推荐', '很好用，满意'].map((text) => ({ text, label: 1 as const })),
    ...['质量很差，失望', '物流太慢，差评', '非常失望，不推荐', '很差，不满意'].map((text) => ({ text, label: 0 as const })),
  ].flatMap((x) => [x, x, x]),
  vaderLexicon: 'good\t1.9\t0.9\t[2, 2]\nbad\t-2.5\t0.7\t[-2, -3]\n',
  ntusdPositive: '滿意\r\n好評\r\n',
  ntusdNegative: '失望\r\n差評\r\n滿意\r\n',
  characterMap: '# comment\n滿\t满\n評\t评\n',
};
const options = { epochs: 20, learningRate: 0.2, chineseLearningRate: 0.2, l2: 1, seed: 3, minDocuments: 1, minAbsWeight: 0.001, freezeValence: true };

describe('building the model', () => {
  it('parses the lexicons, converting NTUSD to Simplified and dropping words in both lists', () => {
    expect(parseVaderLexicon(sources.vaderLexicon)).toEqual({ good: 1.9, bad: -2.5 });
    expect(buildZhLexicon(sources.ntusdPositive, sources.ntusdNegative, { 滿: '满', 評: '评' })).toEqual({ 好评: 1, 失望: -1, 差评: -1 });
  });

  it('reads the review words and starts their weights from the prior', () => {
    expect(parseReviewWords('# comment\n+\t好吃\n-\t难吃\n?\tx\n')).toEqual({ 好吃: 1, 难吃: -1 });
    // No text uses them: the weights stay at the prior, and the words join the vocabulary.
    const model = buildSentimentModel({ ...sources, reviewWords: '+\t好吃\n-\t难吃\n' }, { ...options, minDocuments: 0 });
    expect(model.reviewWords).toEqual({ 好吃: 1, 难吃: -1 });
    expect(model.vocabulary).toEqual(expect.arrayContaining(['好吃', '难吃']));
    expect(parseSentimentModel(serializeSentimentModel(model)).reviewWords).toEqual({ 好吃: 1, 难吃: -1 });
    expect(REVIEW_WORD_PRIOR).toBeGreaterThan(0);
  });

  it('learns from labelled texts and rebuilds to the same bytes', () => {
    const a = serializeSentimentModel(buildSentimentModel(sources, options));
    const b = serializeSentimentModel(buildSentimentModel(sources, options));
    expect(a).toBe(b);
    const model = parseSentimentModel(a);
    expect(scoreReview('很满意', model).label).toBe('positive');
    expect(scoreReview('很失望', model).label).toBe('negative');
    expect(model.weights.V).toBe(0.5);
  });

  it('fits a bias per script and adds it only to a review with evidence', () => {
    // Three negative texts for each positive one.
    const labelled = [
      ...['满意', '好评'].map((text) => ({ text, label: 1 as const })),
      ...['失望', '差评', '失望了', '差评了', '失望', '差评'].map((text) => ({ text, label: 0 as const })),
      ...['good', 'bad'].map((text, i) => ({ text, label: i === 0 ? (1 as const) : (0 as const) })),
    ].flatMap((x) => [x, x, x]);
    const model = buildSentimentModel({ ...sources, labelled }, options);
    expect(model.weights['bias:zh']).toBeLessThan(0);
    expect(model.weights['bias:en']).toBeDefined();
    const word = model.weights['u:满意'];
    expect(scoreReview('满意', model).score).toBeCloseTo(Math.tanh((word + model.weights['bias:zh']) / 2), 6);
    // No known word: no evidence, no bias.
    expect(scoreReview('咖啡', model).score).toBe(0);
    expect(scoreReview('咖啡', model).label).toBe('neutral');
  });

  it('fits the Chinese features at their own, gentler rate', () => {
    const gentle = buildSentimentModel(sources, { ...options, chineseLearningRate: 0.02 });
    const plain = buildSentimentModel(sources, options);
    expect(Math.abs(gentle.weights['u:满意'] ?? 0)).toBeLessThan(Math.abs(plain.weights['u:满意']));
    expect(gentle.weights.V).toBe(plain.weights.V);
  });
});
