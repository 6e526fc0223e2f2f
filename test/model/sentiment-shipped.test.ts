// The shipped sentiment model (resources/sentiment/model.json): file, obvious reviews,
// bad input, aspects.
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseReview, aspectSentiments, DEFAULT_ASPECTS, mergeAspects, parseSentimentModel, scoreReview, serializeSentimentModel } from '../../src-main/model/text/index.js';
import { MODEL_FILE, shippedSentimentModel } from '../helpers/sentiment-model.js';

const model = shippedSentimentModel();
const label = (text: string) => scoreReview(text, model).label;

describe('shipped sentiment model', () => {
  it('is small and its file is exactly what the serializer writes', () => {
    expect(statSync(MODEL_FILE).size).toBeLessThan(3_000_000);
    expect(serializeSentimentModel(parseSentimentModel(readFileSync(MODEL_FILE, 'utf8')))).toBe(readFileSync(MODEL_FILE, 'utf8'));
    expect(() => parseSentimentModel('{"version": 99}')).toThrow(/version/);
  });

  it('reads obvious Chinese reviews', () => {
    for (const t of ['物流很快，质量很好，非常满意', '性价比很高，已经推荐给朋友', '味道很好，下次还会再来']) expect(label(t), t).toBe('positive');
    for (const t of ['质量太差了，不会再买了', '和图片差距很大，很失望', '包装破损，盒子都压坏了', '一点都不好吃']) expect(label(t), t).toBe('negative');
    expect(label('物流太慢，等了一个多星期')).toBe('negative');
  });

  it('reads the reviews plain forward matching misread (很难/吃, 很不/好吃) and a particle glued on (慢了)', () => {
    for (const t of ['这个很难吃', '很不好吃。', '送餐太慢了', '很不满意']) expect(label(t), t).toBe('negative');
    expect(scoreReview('送餐太慢了', model).drivers.map((d) => d.term)).toContain('慢了');
  });

  it('English review words VADER lacks (tasty, overpriced, bland) count', () => {
    for (const t of ['Extremely tasty!', 'The staff were attentive and prompt']) expect(label(t), t).toBe('positive');
    for (const t of ['Bland and overpriced', 'The fries were soggy']) expect(label(t), t).toBe('negative');
  });

  it('reads obvious English reviews', () => {
    for (const t of ['Great value for money', 'Love it, will definitely buy again', 'Customer service was friendly and helpful']) expect(label(t), t).toBe('positive');
    for (const t of ['Overpriced, not worth the money', 'Looks nothing like the pictures, disappointed', 'Terrible quality, broke after one day', 'Not good at all']) expect(label(t), t).toBe('negative');
  });

  it('reads negation, contrast and mixed-language reviews', () => {
    expect(label('不好')).toBe('negative');
    expect(label('没有问题，不错')).toBe('positive');
    expect(label('虽然价格有点贵，但是质量非常好')).toBe('positive');
    expect(label('包装很漂亮，但是味道太差了，很失望')).toBe('negative');
    expect(label('It looks nice but it broke after two days and support never replied')).toBe('negative');
    const mixed = scoreReview('质量很好 great quality and fast shipping', model);
    expect(mixed).toMatchObject({ language: 'mixed', label: 'positive' });
  });

  it('scores Traditional characters as their Simplified form', () => {
    const traditional = scoreReview('東西質量很差，還很貴，非常失望', model);
    const simplified = scoreReview('东西质量很差，还很贵，非常失望', model);
    expect(traditional.traditional).toBe(true);
    expect(traditional.score).toBe(simplified.score);
    expect(traditional.label).toBe('negative');
  });

  it('handles bad input: HTML, emoji only, punctuation only, empty, other languages', () => {
    expect(scoreReview('<div class="r">质量<b>很好</b>&nbsp;</div>', model)).toMatchObject({ htmlStripped: true, label: 'positive' });
    expect(scoreReview('👍👍😍', model)).toMatchObject({ language: 'none', label: 'positive' });
    expect(scoreReview('😡👎', model)).toMatchObject({ language: 'none', label: 'negative' });
    expect(scoreReview('？？？！！！……', model)).toMatchObject({ language: 'none', score: null, label: null });
    expect(scoreReview('   ', model)).toMatchObject({ language: 'none', score: null, label: null });
    expect(scoreReview('Produit excellent, je suis très content', model)).toMatchObject({ language: 'unknown', score: null, label: null });
  });

  it('reads a 100k-character review only up to its cut, and says it was cut', () => {
    // Bounded work is the cut itself (a timing here only measured the machine's load).
    const long = '质量很好，'.repeat(20_000);
    const s = scoreReview(long, model);
    expect(s).toMatchObject({ truncated: true, label: 'positive' });
  });

  it('names the words that drove a review', () => {
    const s = scoreReview('物流太慢了，但是质量很好', model);
    const terms = s.drivers.map((d) => d.term);
    expect(terms.some((t) => t.includes('慢'))).toBe(true);
    expect(terms.some((t) => t.includes('很好'))).toBe(true);
  });

  it('gives each aspect the sentiment of its own clause', () => {
    const aspects = (text: string) => Object.fromEntries(aspectSentiments(analyseReview(text, model), DEFAULT_ASPECTS, model.neutralBand).map((a) => [a.aspect, a.label]));
    expect(aspects('物流很快，但是包装破损了')).toEqual({ delivery: 'positive', packaging: 'negative' });
    expect(aspects('价格便宜，客服态度很差')).toMatchObject({ price: 'positive', service: 'negative' });
    expect(aspects('Great price, but the packaging was damaged')).toEqual({ price: 'positive', packaging: 'negative' });
    // A user's words extend an aspect: 锅底 (hot-pot broth) counts as taste/quality.
    const extended = mergeAspects(DEFAULT_ASPECTS, [{ id: 'quality', zh: ['锅底'], en: [] }, { id: 'ambience', zh: ['环境'], en: ['ambience'] }]);
    const found = aspectSentiments(analyseReview('锅底很香，环境很差', model), extended, model.neutralBand);
    expect(found.map((a) => [a.aspect, a.label])).toEqual([['quality', 'positive'], ['ambience', 'negative']]);
  });
});
