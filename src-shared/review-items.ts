/**
 * The review table's rows and filter (issue 15): what `sentiment.reviews` pages through
 * (src-main/store/review-items.ts) and the screen shows.
 */
import { z } from 'zod';

export type ItemLabel = 'positive' | 'neutral' | 'negative';

/** One review as the table shows it (src-main/analysis/sentiment.ts builds them). */
export interface ReviewItem {
  dataset: number;
  row: number;
  text: string;
  date: string | null;
  product: string | null;
  platform: string | null;
  customerId: string | null;
  rating: number | null;
  language: 'zh' | 'en' | 'mixed' | 'unknown' | 'none';
  score: number | null;
  label: ItemLabel | null;
  drivers: { term: string; contribution: number }[];
  aspects: { aspect: string; label: ItemLabel }[];
  copies: number;
  corrected: boolean;
}

/** What the table shows: as the screen's filter (renderer/src/analyses/sentiment/sentiment-filter.svelte.ts). */
export interface ReviewItemFilter {
  /** A review label, 'unscored', or '' for any; with an aspect, the aspect's label in the review. */
  label?: ItemLabel | 'unscored' | '';
  aspect?: string;
  /** YYYY-MM. */
  month?: string;
  product?: string;
  platform?: string;
  /** Words the text must contain. */
  query?: string;
  /** Only these customers' reviews (a segment or an at-risk customer clicked). */
  customers?: string[] | null;
}

export interface ReviewItemPage {
  items: ReviewItem[];
  /** Pass as `after` for the next page; null on the last. */
  next: number | null;
  /** Reviews matching the filter. */
  matching: number;
  /** Reviews stored. */
  total: number;
}

/**
 * The columns the review table sorts by (an allow-list: the store maps each to its SQL,
 * nothing the caller sends reaches the query). Review text and aspects are not sorted:
 * an order of free text or of a set of aspects says nothing.
 */
export const REVIEW_SORT_COLUMNS = ['date', 'score', 'label'] as const;
export type ReviewSortColumn = (typeof REVIEW_SORT_COLUMNS)[number];

/** As the other tables sort: empty values last either way, equal values in table order (latest first). */
export interface ReviewItemSort {
  column: ReviewSortColumn;
  descending: boolean;
}

export const reviewItemSortSchema = z.object({ column: z.enum(REVIEW_SORT_COLUMNS), descending: z.boolean() });

/** The filter as the service checks it. */
export const reviewItemFilterSchema = z.object({
  label: z.enum(['positive', 'neutral', 'negative', 'unscored', '']).optional(),
  aspect: z.string().max(100).optional(),
  month: z.string().max(10).optional(),
  product: z.string().max(1000).optional(),
  platform: z.string().max(1000).optional(),
  query: z.string().max(1000).optional(),
  customers: z.array(z.string().max(200)).max(100_000).nullable().optional(),
});
