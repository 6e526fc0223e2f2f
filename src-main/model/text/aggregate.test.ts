import { describe, expect, it } from 'vitest';
import { distinctReviews, negativeShareAlerts, sentimentShares, sharesBy, topTerms } from './aggregate.js';
import type { GroupShares, ScoredReview } from './aggregate.js';
import type { SentimentLabel } from './types.js';

function review(index: number, label: SentimentLabel | null, date: string, drivers: [string, number][] = []): ScoredReview {
  return {
    index,
    record: { text: `r${index}`, date, product: index % 2 === 0 ? 'A' : 'B' },
    sentiment: { score: label === null ? null : 0, label, language: 'zh', drivers: drivers.map(([term, contribution]) => ({ term, contribution })), truncated: false, htmlStripped: false, traditional: false },
    aspects: [],
    copies: 1,
  };
}

function month(key: string, negative: number, total: number): GroupShares {
  return { key, ...sentimentShares([...Array<SentimentLabel>(negative).fill('negative'), ...Array<SentimentLabel>(total - negative).fill('positive')]) };
}

describe('aggregates', () => {
  it('counts identical reviews once, with the number of copies', () => {
    const rows = [
      { text: '很好！', date: '2025-01-02', platform: '淘宝' },
      { text: '很好', date: '2025-01-02', platform: '淘宝' },
      { text: '很好', date: '2025-01-03', platform: '淘宝' },
    ];
    expect(distinctReviews(rows)).toEqual([{ index: 0, copies: 2 }, { index: 2, copies: 1 }]);
  });

  it('computes shares of scored reviews and net sentiment', () => {
    const s = sentimentShares(['positive', 'positive', 'negative', 'neutral', null]);
    expect(s).toMatchObject({ reviews: 5, unscored: 1, positive: 2, negative: 1, neutral: 1, positiveShare: 0.5, negativeShare: 0.25, netSentiment: 0.25 });
  });

  it('groups by month and product', () => {
    const reviews = [review(0, 'positive', '2025-01-05'), review(1, 'negative', '2025-01-20'), review(2, 'positive', '2025-02-01')];
    expect(sharesBy(reviews, (r) => r.record.date?.slice(0, 7)).map((g) => [g.key, g.positive, g.negative])).toEqual([['2025-01', 1, 1], ['2025-02', 1, 0]]);
    expect(sharesBy(reviews, (r) => r.record.product).map((g) => [g.key, g.reviews])).toEqual([['A', 2], ['B', 1]]);
  });

  it('ranks the terms that drove praise and complaint, each from the reviews it pushed the way they were labelled', () => {
    const reviews = [
      review(0, 'positive', '2025-01-01', [['好吃', 1.2], ['慢', -0.4]]),
      review(1, 'negative', '2025-01-01', [['慢', -1], ['贵', -0.3], ['not', -0.5], ['太', -0.2]]),
      review(2, 'negative', '2025-01-02', [['慢', -0.8], ['包装', 0.3]]),
      review(3, 'neutral', '2025-01-02', [['贵', -0.1]]),
    ];
    const t = topTerms(reviews);
    expect(t.positive.map((x) => x.term)).toEqual(['好吃']);
    // 慢 weighed against the positive review: not counted there; rule words (not, 太) are never terms.
    expect(t.negative.map((x) => [x.term, x.reviews])).toEqual([['慢', 2], ['贵', 1]]);
  });

  it('alerts on a month whose negative share jumps against the previous three, not on noise', () => {
    const steady = [month('2025-01', 10, 100), month('2025-02', 12, 100), month('2025-03', 8, 100)];
    expect(negativeShareAlerts([...steady, month('2025-04', 13, 100)])).toEqual([]);
    const alerts = negativeShareAlerts([...steady, month('2025-04', 30, 100)]);
    expect(alerts.map((a) => a.month)).toEqual(['2025-04']);
    expect(alerts[0].baselineShare).toBeCloseTo(0.1, 10);
    expect(alerts[0].pValue).toBeLessThan(1e-6);
    // Too few reviews in the month: not judged.
    expect(negativeShareAlerts([...steady, month('2025-04', 5, 10)])).toEqual([]);
  });
});
