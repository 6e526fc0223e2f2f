import { describe, expect, it } from 'vitest';
import { analyseReviews } from './analyse-reviews.js';
import { tinyModel } from './test-model.js';

describe('analyseReviews', () => {
  it('scores distinct reviews once, says how many rows repeated, and groups them', () => {
    const rows = [
      { text: '物流 快，东西 好', date: '2025-01-03', product: 'A', platform: '淘宝' },
      { text: '物流 快，东西 好', date: '2025-01-03', product: 'A', platform: '淘宝' },
      { text: '物流 慢，价格 贵', date: '2025-02-03', product: 'B', platform: '京东' },
      { text: 'Très bon produit et je suis content', date: '2025-02-04', product: 'B', platform: 'Amazon' },
    ];
    const a = analyseReviews(rows, tinyModel());
    expect(a.duplicates).toBe(1);
    expect(a.reviews.map((r) => [r.index, r.copies, r.sentiment.label])).toEqual([[0, 2, 'positive'], [2, 1, 'negative'], [3, 1, null]]);
    expect(a.overall).toMatchObject({ reviews: 3, unscored: 1, positive: 1, negative: 1 });
    expect(a.byMonth.map((m) => m.key)).toEqual(['2025-01', '2025-02']);
    expect(a.byProduct.map((p) => [p.key, p.netSentiment])).toEqual([['A', 1], ['B', -1]]);
    expect(Object.fromEntries(a.byAspect.map((x) => [x.key, x.positive - x.negative]))).toEqual({ delivery: 0, price: -1 });
    expect(a.topTerms.negative.map((t) => t.term)).toContain('慢');
  });
});
