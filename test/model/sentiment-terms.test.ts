// Top terms are words and phrases people wrote, not the segmenter's fragments: ICU and the
// model's vocabulary cut 性价比 into 性/价/比 and 毛肚 into 毛/肚, which used to surface as
// "比很高" or "价" among the praised terms (features.ts, fragmentUnits).
import { describe, expect, it } from 'vitest';
import { analyseReviews, scoreReview } from '../../src-main/model/text/index.js';
import { shippedSentimentModel } from '../helpers/sentiment-model.js';

const model = shippedSentimentModel();
const texts = [
  ...Array.from({ length: 6 }, (_, i) => `性价比很高，已经推荐给朋友${i}`),
  ...Array.from({ length: 4 }, (_, i) => `毛肚很新鲜，好吃${i}`),
  ...Array.from({ length: 4 }, (_, i) => `茶叶碎末很多，太难喝了${i}`),
  ...Array.from({ length: 3 }, (_, i) => `敏感肌用了发红，很失望${i}`),
];

describe('top terms', () => {
  const analysis = analyseReviews(texts.map((text) => ({ text, date: '2025-03-01' })), model);
  const terms = [...analysis.topTerms.positive, ...analysis.topTerms.negative].map((t) => t.term);

  it('shows a word the segmenter cut up joined again, and no pair that runs a fragment into a word', () => {
    expect(analysis.topTerms.positive.map((t) => t.term)).toContain('性价比');
    for (const fragment of ['比很高', '价比', '性', '价', '比', '肚', '碎', '碎末很多']) expect(terms, fragment).not.toContain(fragment);
  });

  it('lists only terms that occur in the reviews as written', () => {
    for (const term of terms) expect(texts.some((t) => t.includes(term)), term).toBe(true);
  });

  it('still weighs the fragments: the score does not change, only what is named', () => {
    const s = scoreReview('性价比很高', model);
    expect(s.label).toBe('positive');
    expect(s.drivers.map((d) => d.term)).toEqual(expect.arrayContaining(['性价比']));
    expect(s.drivers.every((d) => d.term !== '' && d.term !== '比很高')).toBe(true);
  });
});
