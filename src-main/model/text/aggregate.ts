/**
 * Figures over many scored reviews (pure): shares positive/neutral/negative and net
 * sentiment per month, product, platform and aspect; the terms that drive praise and
 * complaint; alerts when a month's negative share jumps; duplicates counted once.
 */
import { binomialUpperTail } from './binomial.js';
import { duplicateKey } from './corpus.js';
import type { AspectSentiment } from './aspects.js';
import type { ReviewSentiment } from './types.js';
import { isRuleWord } from './rules.js';
import type { GroupShares, SentimentShares, TermWeight } from '@shared/analyses/sentiment.result.js';

export type { GroupShares, SentimentShares, TermWeight };

export interface ReviewRecord {
  text: string;
  /** ISO date (YYYY-MM-DD…), if known. */
  date?: string;
  product?: string;
  platform?: string;
  customerId?: string;
}

export interface ScoredReview {
  /** Index of the review in the input (its source row, for "the reviews behind the figure"). */
  index: number;
  record: ReviewRecord;
  sentiment: ReviewSentiment;
  aspects: AspectSentiment[];
  /** How many identical reviews this one stands for (1 when unique). */
  copies: number;
  /** Its label is the user's correction, not the model's. */
  corrected?: boolean;
}

/**
 * Identical reviews — the same text (ignoring spacing and punctuation) on the same date,
 * platform and product by the same customer, as a repeated export produces — are counted
 * once. Returns the index of the first copy for each distinct review and its copy count.
 */
export function distinctReviews(records: readonly ReviewRecord[]): { index: number; copies: number }[] {
  const first = new Map<string, number>();
  const out: { index: number; copies: number }[] = [];
  records.forEach((r, i) => {
    const key = [duplicateKey(r.text), r.date ?? '', r.platform ?? '', r.product ?? '', r.customerId ?? ''].join('\u0000');
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, out.length);
      out.push({ index: i, copies: 1 });
    } else out[at].copies++;
  });
  return out;
}

export function sentimentShares(labels: readonly (ReviewSentiment['label'])[]): SentimentShares {
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  for (const label of labels) {
    if (label === 'positive') positive++;
    else if (label === 'neutral') neutral++;
    else if (label === 'negative') negative++;
  }
  const scored = positive + neutral + negative;
  const share = (x: number): number => (scored > 0 ? x / scored : 0);
  return {
    reviews: labels.length,
    unscored: labels.length - scored,
    positive,
    neutral,
    negative,
    positiveShare: share(positive),
    neutralShare: share(neutral),
    negativeShare: share(negative),
    netSentiment: share(positive) - share(negative),
  };
}

/** Shares per group (month, product, platform…); reviews without a key are left out. Keys sorted. */
export function sharesBy(reviews: readonly ScoredReview[], keyOf: (r: ScoredReview) => string | undefined): GroupShares[] {
  const groups = new Map<string, ScoredReview['sentiment']['label'][]>();
  for (const r of reviews) {
    const key = keyOf(r);
    if (key === undefined || key === '') continue;
    const list = groups.get(key);
    if (list) list.push(r.sentiment.label);
    else groups.set(key, [r.sentiment.label]);
  }
  return [...groups].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([key, labels]) => ({ key, ...sentimentShares(labels) }));
}

export const monthOf = (r: ScoredReview): string | undefined => (r.record.date && /^\d{4}-\d{2}/.test(r.record.date) ? r.record.date.slice(0, 7) : undefined);

/** Shares per aspect, over the reviews that mention it (the aspect's clause label). */
export function sharesByAspect(reviews: readonly ScoredReview[]): GroupShares[] {
  const groups = new Map<string, AspectSentiment['label'][]>();
  for (const r of reviews) {
    for (const a of r.aspects) {
      const list = groups.get(a.aspect);
      if (list) list.push(a.label);
      else groups.set(a.aspect, [a.label]);
    }
  }
  return [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([key, labels]) => ({ key, ...sentimentShares(labels) }));
}

/**
 * The terms that most drove praise and complaint: each review's drivers that pushed it the
 * way it was labelled (a word weighing against a review's label says little about what
 * customers praise or complain about), rule words (which only steer other words) left out.
 */
export function topTerms(reviews: readonly ScoredReview[], limit = 20): { positive: TermWeight[]; negative: TermWeight[] } {
  const positive = new Map<string, TermWeight>();
  const negative = new Map<string, TermWeight>();
  for (const r of reviews) {
    const label = r.sentiment.label;
    if (label !== 'positive' && label !== 'negative') continue;
    for (const d of r.sentiment.drivers) {
      if ((d.contribution > 0) !== (label === 'positive') || isRuleWord(d.term)) continue;
      const table = d.contribution > 0 ? positive : negative;
      const entry = table.get(d.term) ?? { term: d.term, weight: 0, reviews: 0 };
      entry.weight += d.contribution;
      entry.reviews++;
      table.set(d.term, entry);
    }
  }
  const rank = (table: Map<string, TermWeight>): TermWeight[] =>
    [...table.values()].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.term < b.term ? -1 : 1)).slice(0, limit);
  return { positive: rank(positive), negative: rank(negative) };
}

export interface AlertRule {
  /** Months pooled as the baseline. */
  window: number;
  /** One-sided significance level of the binomial test. */
  alpha: number;
  /** Least rise of the negative share (absolute) worth an alert. */
  minRise: number;
  /** Least scored reviews in the month and in the baseline. */
  minReviews: number;
}

/**
 * Alert rule: a month is flagged when its negative count k of n scored reviews is
 * improbable under the pooled negative share p₀ of the previous `window` months —
 * P(X ≥ k | n, p₀) < alpha for X ~ Binomial(n, p₀) — and its share rose by at least
 * minRise. Months with fewer than minReviews scored reviews (or such a baseline) are not judged.
 */
export const DEFAULT_ALERT_RULE: AlertRule = { window: 3, alpha: 0.01, minRise: 0.05, minReviews: 20 };

export interface NegativeShareAlert {
  month: string;
  negativeShare: number;
  baselineShare: number;
  pValue: number;
}

export function negativeShareAlerts(byMonth: readonly GroupShares[], rule: AlertRule = DEFAULT_ALERT_RULE): NegativeShareAlert[] {
  const alerts: NegativeShareAlert[] = [];
  byMonth.forEach((m, i) => {
    if (i < rule.window) return;
    const previous = byMonth.slice(i - rule.window, i);
    const baseNegative = previous.reduce((s, x) => s + x.negative, 0);
    const baseScored = previous.reduce((s, x) => s + x.positive + x.neutral + x.negative, 0);
    const n = m.positive + m.neutral + m.negative;
    if (n < rule.minReviews || baseScored < rule.minReviews) return;
    const p0 = baseNegative / baseScored;
    const share = m.negative / n;
    if (share - p0 < rule.minRise) return;
    // A baseline without complaints still allows a few: half a review's worth of share.
    const pValue = binomialUpperTail(m.negative, n, Math.max(p0, 0.5 / baseScored));
    if (pValue < rule.alpha) alerts.push({ month: m.key, negativeShare: share, baselineShare: p0, pValue });
  });
  return alerts;
}
