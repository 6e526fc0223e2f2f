/**
 * The `reviews` table as the sentiment analysis reads it: every stored review in source
 * order (dataset, then row), optionally within a date range.
 */
import type { Database } from 'better-sqlite3';

export interface StoredReview {
  datasetId: number;
  /** Row number in the imported file. */
  row: number;
  text: string;
  date: string | null;
  rating: number | null;
  platform: string | null;
  customerId: string | null;
  product: string | null;
}

export interface ReviewRange {
  from?: string;
  to?: string;
}

/** Reviews in the range (both ends inclusive, by day); with a range, reviews without a date are left out and counted. */
export function loadReviews(db: Database, range: ReviewRange = {}): { reviews: StoredReview[]; undated: number } {
  const ranged = range.from !== undefined || range.to !== undefined;
  const where = ranged ? 'WHERE substr(date, 1, 10) BETWEEN ? AND ?' : '';
  const args = ranged ? [range.from ?? '0000-01-01', range.to ?? '9999-12-31'] : [];
  const rows = db
    .prepare(`SELECT dataset_id, row, text, date, rating, platform, customer_id, product FROM reviews ${where} ORDER BY dataset_id, row`)
    .raw()
    .all(...args) as [number, number, string, string | null, number | null, string | null, string | null, string | null][];
  const reviews = rows.map(([datasetId, row, text, date, rating, platform, customerId, product]) => ({ datasetId, row, text, date, rating, platform, customerId, product }));
  const undated = ranged ? (db.prepare('SELECT count(*) AS n FROM reviews WHERE date IS NULL').get() as { n: number }).n : 0;
  return { reviews, undated };
}

/** The last day a review is dated, or null when none is. */
export function lastReviewDay(db: Database): string | null {
  return (db.prepare('SELECT max(substr(date, 1, 10)) AS d FROM reviews').get() as { d: string | null }).d;
}
