/**
 * Reviews: a share of orders gets a review a few days later, on a platform drawn by
 * weight (overseas customers mostly review on Amazon, in English). Ratings follow a
 * J-shaped distribution typical of e-commerce; the designed problem product
 * (complaintRisk > 1) draws more 1–2 star reviews. Text is built from phrases whose
 * sentiment matches the rating (review-phrases.ts).
 */
import { DAY_MS, isoDate, startOfDay } from './calendar.js';
import { REVIEW_PLATFORMS } from './catalogue.js';
import type { ProductSpec } from './catalogue.js';
import { NEGATIVE, NEUTRAL, POSITIVE, productMention } from './review-phrases.js';
import { cumulative, integerBetween, pick, sampleIndex } from './random.js';
import type { Random } from './random.js';
import type { OrderLine, ReviewRow } from './types.js';

/** Chance that an order is reviewed. */
export const REVIEW_RATE = 0.17;
/** Rating weights for stars 1..5 before the product's complaint risk. */
const RATING_WEIGHTS = [0.06, 0.05, 0.1, 0.26, 0.53];
const OVERSEAS_AMAZON_SHARE = 0.8;

const platformSums = cumulative(REVIEW_PLATFORMS.map((p) => p.weight));

export function sentimentOf(rating: number): ReviewRow['sentiment'] {
  return rating >= 4 ? 'positive' : rating === 3 ? 'neutral' : 'negative';
}

function drawRating(rng: Random, product: ProductSpec): number {
  const weights = RATING_WEIGHTS.map((w, i) => (i < 2 ? w * product.complaintRisk : w));
  return sampleIndex(rng, cumulative(weights)) + 1;
}

function reviewText(rng: Random, rating: number, language: 'zh' | 'en', product: ProductSpec): string {
  const sentiment = sentimentOf(rating);
  const phrases: string[] = [];
  if (rng() < 0.4) phrases.push(productMention(language, product));
  if (sentiment === 'neutral') {
    phrases.push(pick(rng, NEUTRAL[language]));
  } else {
    const bank = sentiment === 'positive' ? POSITIVE[language] : NEGATIVE[language];
    phrases.push(pick(rng, bank[product.category]));
    // Stronger feelings (5 or 1 star) say more.
    if (rating === 5 || rating === 1 || rng() < 0.4) {
      const more = pick(rng, bank.any);
      if (!phrases.includes(more)) phrases.push(more);
    }
  }
  return language === 'zh' ? `${phrases.join('，')}。` : `${phrases.join('. ')}.`;
}

export interface ReviewContext {
  endMs: number;
  products: readonly ProductSpec[];
  /** Customers living abroad (acquired by the export channels). */
  overseas: ReadonlySet<string>;
}

export function simulateReviews(rng: Random, lines: readonly OrderLine[], ctx: ReviewContext): ReviewRow[] {
  const byName = new Map(ctx.products.map((p) => [p.zh, p]));
  const reviews: ReviewRow[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (j < lines.length && lines[j].orderId === lines[i].orderId) j++;
    if (rng() < REVIEW_RATE) {
      const line = lines[integerBetween(rng, i, j - 1)];
      const product = byName.get(line.product);
      const day = startOfDay(line.time) + integerBetween(rng, 1, 10) * DAY_MS;
      if (product && day < ctx.endMs) {
        const platform =
          ctx.overseas.has(line.customerId) && rng() < OVERSEAS_AMAZON_SHARE
            ? REVIEW_PLATFORMS.find((p) => p.language === 'en') ?? REVIEW_PLATFORMS[0]
            : REVIEW_PLATFORMS[sampleIndex(rng, platformSums)];
        const rating = drawRating(rng, product);
        reviews.push({
          text: reviewText(rng, rating, platform.language, product),
          rating,
          date: isoDate(day),
          platform: platform.name,
          product: product.zh,
          customerId: line.customerId,
          language: platform.language,
          sentiment: sentimentOf(rating),
        });
      }
    }
    i = j;
  }
  return reviews.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
