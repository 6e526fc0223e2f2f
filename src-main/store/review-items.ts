/**
 * Every review of the latest sentiment run as the review table shows it (issue 15): the
 * run writes them all, latest first, and the table pages through them by position
 * (keyset: `position > after`, so page 500 costs what page 1 does), with the filters and
 * drill-downs applied in SQL. The run's result keeps only the first page.
 *
 * Derived data like the order summary (order-summary.ts): not in the migrations, created
 * on first use, replaced by every run and safe to drop (a project without it shows the
 * first page kept in the result).
 */
import type { Database } from 'better-sqlite3';
import type { ItemLabel, ReviewItem, ReviewItemFilter, ReviewItemPage } from '@shared/review-items.js';

export type { ReviewItem, ReviewItemFilter, ReviewItemPage };

function createTable(db: Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS sentiment_review_items (
    position INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL, row INTEGER NOT NULL, text TEXT NOT NULL, date TEXT, product TEXT, platform TEXT,
    customer_id TEXT, rating REAL, language TEXT NOT NULL, score REAL, label TEXT,
    drivers TEXT NOT NULL, aspects TEXT NOT NULL, copies INTEGER NOT NULL, corrected INTEGER NOT NULL
  )`);
}

/** Replaces the stored reviews with a run's, in table order (position 0 first). */
export function replaceReviewItems(db: Database, items: readonly ReviewItem[]): void {
  createTable(db);
  const insert = db.prepare('INSERT INTO sentiment_review_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    db.exec('DELETE FROM sentiment_review_items');
    items.forEach((i, position) =>
      insert.run(position, i.dataset, i.row, i.text, i.date, i.product, i.platform, i.customerId, i.rating, i.language, i.score, i.label, JSON.stringify(i.drivers), JSON.stringify(i.aspects), i.copies, i.corrected ? 1 : 0),
    );
  })();
}

const hasTable = (db: Database): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sentiment_review_items'").get() !== undefined;

/** The WHERE clause of a filter and its named parameters; one rule, as the screen's filter reads it. */
function whereOf(filter: ReviewItemFilter): { sql: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  const label = filter.label ?? '';
  if (filter.aspect) {
    params.aspect = filter.aspect;
    const byLabel = label !== '' && label !== 'unscored';
    if (byLabel) params.label = label;
    clauses.push(`EXISTS (SELECT 1 FROM json_each(aspects) WHERE json_extract(value, '$.aspect') = @aspect${byLabel ? " AND json_extract(value, '$.label') = @label" : ''})`);
  } else if (label === 'unscored') clauses.push('label IS NULL');
  else if (label) {
    params.label = label;
    clauses.push('label = @label');
  }
  if (filter.month) {
    params.month = filter.month;
    clauses.push("substr(coalesce(date, ''), 1, length(@month)) = @month");
  }
  if (filter.product) {
    params.product = filter.product;
    clauses.push('product = @product');
  }
  if (filter.platform) {
    params.platform = filter.platform;
    clauses.push('platform = @platform');
  }
  const query = filter.query?.trim().toLowerCase();
  if (query) {
    params.query = query;
    clauses.push('instr(lower(text), @query) > 0');
  }
  if (filter.customers) {
    params.customers = JSON.stringify(filter.customers);
    clauses.push('customer_id IN (SELECT value FROM json_each(@customers))');
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

interface Row {
  dataset_id: number;
  row: number;
  text: string;
  date: string | null;
  product: string | null;
  platform: string | null;
  customer_id: string | null;
  rating: number | null;
  language: ReviewItem['language'];
  score: number | null;
  label: ItemLabel | null;
  drivers: string;
  aspects: string;
  copies: number;
  corrected: number;
  position: number;
}

const itemOf = (r: Row): ReviewItem => ({
  dataset: r.dataset_id,
  row: r.row,
  text: r.text,
  date: r.date,
  product: r.product,
  platform: r.platform,
  customerId: r.customer_id,
  rating: r.rating,
  language: r.language,
  score: r.score,
  label: r.label,
  drivers: JSON.parse(r.drivers) as ReviewItem['drivers'],
  aspects: JSON.parse(r.aspects) as ReviewItem['aspects'],
  copies: r.copies,
  corrected: r.corrected === 1,
});

/** One page of the stored reviews that match the filter, after position `after` (null: from the start). */
export function pageReviewItems(db: Database, filter: ReviewItemFilter, after: number | null, limit: number): ReviewItemPage {
  if (!hasTable(db)) return { items: [], next: null, matching: 0, total: 0 };
  const { sql, params } = whereOf(filter);
  const rows = db
    .prepare(`SELECT * FROM sentiment_review_items WHERE position > @after AND ${sql} ORDER BY position LIMIT @limit`)
    .all({ ...params, after: after ?? -1, limit: limit + 1 }) as Row[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const matching = (db.prepare(`SELECT count(*) AS n FROM sentiment_review_items WHERE ${sql}`).get(params) as { n: number }).n;
  const total = (db.prepare('SELECT count(*) AS n FROM sentiment_review_items').get() as { n: number }).n;
  return { items: page.map(itemOf), next: more ? page[page.length - 1].position : null, matching, total };
}
