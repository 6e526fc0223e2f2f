// The demo shop's reviews carry a known sentiment per product (their simulated rating:
// 4–5 positive, 3 neutral, 1–2 negative). The analysis, which never sees the ratings,
// must recover each product's negative share, net sentiment and the designed problem product.
import { describe, expect, it } from 'vitest';
import { simulateDemo } from '../../src-main/demo/index.js';
import { PRODUCTS } from '../../src-main/demo/catalogue.js';
import { analyseReviews } from '../../src-main/model/text/index.js';
import { shippedSentimentModel } from '../helpers/sentiment-model.js';

const demo = simulateDemo();
const analysis = analyseReviews(
  demo.reviews.map((r) => ({ text: r.text, date: r.date, product: r.product, platform: r.platform, customerId: r.customerId })),
  shippedSentimentModel(),
);

function truthFor(product: string) {
  const rows = demo.reviews.filter((r) => r.product === product);
  const share = (s: string) => rows.filter((r) => r.sentiment === s).length / rows.length;
  return { negative: share('negative'), net: share('positive') - share('negative') };
}

describe('demo reviews: the known sentiment per product is recovered', () => {
  it('scores every review, in the language it was written in', () => {
    expect(analysis.overall.unscored).toBe(0);
    analysis.reviews.forEach((r) => expect(r.sentiment.language).toBe(demo.reviews[r.index].language));
  });

  it.each(analysis.byProduct.map((p) => [p.key, p] as const))('%s: negative share within 0.08, net sentiment within 0.2', (product, found) => {
    const truth = truthFor(product);
    expect(Math.abs(found.negativeShare - truth.negative)).toBeLessThan(0.08);
    // Net sentiment drifts up: the demo's 3-star phrases ("还行吧，中规中矩") read as mild praise.
    expect(Math.abs(found.netSentiment - truth.net)).toBeLessThan(0.2);
  });

  it('points at the designed problem product', () => {
    const problem = PRODUCTS.filter((p) => p.complaintRisk > 1).map((p) => p.zh);
    const worst = [...analysis.byProduct].sort((a, b) => b.negativeShare - a.negativeShare)[0];
    expect(problem).toContain(worst.key);
  });
});
