/**
 * Every review of the latest sentiment run as the review table shows it (issue 15): the
 * run writes them all, latest first, and the table pages through them by position
 * (keyset: `position > after`, so page 500 costs what page 1 does), with the filters and
 * drill-downs applied in SQL. The run's result keeps only the first page.
 *
 * Only what the run computed is stored (score, label, drivers, aspects…); text, date,
 * product, platform and customer are read from `reviews` when a page is asked for. Derived
 * data like the order summary (order-summary.ts): not in the migrations, created on first
 * use, replaced by every run and safe to drop (a project without it shows the first page
 * kept in the result).
 */
import type { Database } from 'better-sqlite3';
import type { ItemLabel, ReviewItem, ReviewItemFilter, ReviewItemPage, ReviewItemSort, ReviewSortColumn } from '@shared/review-items.js';

export type { ReviewItem, ReviewItemFilter, ReviewItemPage, ReviewItemSort };

/**
 * What a run stores per review, drivers and aspects already as text (encodeDrivers,
 * encodeAspects); the text, date, product… are read from `reviews` (no copy of 100k texts).
 */
export interface StoredItem {
  dataset: number;
  row: number;
  language: ReviewItem['language'];
  score: number | null;
  label: ItemLabel | null;
  drivers: string;
  aspects: string;
  copies: number;
  corrected: boolean;
}

/** Dropped and made again by every run: derived data, so a table of an older shape never lingers. */
function recreateTable(db: Database): void {
  db.exec(`DROP TABLE IF EXISTS sentiment_review_items;
  CREATE TABLE sentiment_review_items (
    position INTEGER PRIMARY KEY,
    dataset_id INTEGER NOT NULL, row INTEGER NOT NULL, language TEXT NOT NULL, score REAL, label TEXT,
    drivers TEXT NOT NULL, aspects TEXT NOT NULL, copies INTEGER NOT NULL, corrected INTEGER NOT NULL
  )`);
}

/*
 * Drivers and aspects are kept as plain text, not JSON: building JSON for 100k reviews
 * and inserting it cost about a second of a 5-second run, these strings a third of that.
 *   drivers: "term<TAB>contribution" lines (a term is a word or two: no tab, no newline);
 *   aspects: ",delivery=negative,price=positive," (an aspect id has no comma or "=").
 */
/** The first `limit` drivers as stored, each contribution rounded by `round` (built in one pass: 100k reviews). */
export function encodeDrivers(drivers: readonly { term: string; contribution: number }[], limit: number, round: (x: number) => number): string {
  let text = '';
  for (let k = 0; k < drivers.length && k < limit; k++) text += `${k > 0 ? '\n' : ''}${drivers[k].term}\t${round(drivers[k].contribution)}`;
  return text;
}

export function encodeAspects(aspects: readonly { aspect: string; label: ItemLabel }[]): string {
  let text = ',';
  for (const a of aspects) text += `${a.aspect}=${a.label},`;
  return text;
}

function parseDrivers(text: string): ReviewItem['drivers'] {
  return text === '' ? [] : text.split('\n').map((line) => {
    const tab = line.lastIndexOf('\t');
    return { term: line.slice(0, tab), contribution: Number(line.slice(tab + 1)) };
  });
}

function parseAspects(text: string): ReviewItem['aspects'] {
  return text.split(',').filter((a) => a !== '').map((a) => {
    const eq = a.lastIndexOf('=');
    return { aspect: a.slice(0, eq), label: a.slice(eq + 1) as ItemLabel };
  });
}

/** Rows per INSERT: one statement per row is most of the cost, one per 200 a fifth of it. */
const BATCH = 200;
const COLUMNS = 10;

/** Replaces the stored reviews with a run's, in table order (position 0 first). */
export function replaceReviewItems(db: Database, items: readonly StoredItem[]): void {
  db.transaction(() => {
    recreateTable(db);
    const statement = (rows: number) => db.prepare(`INSERT INTO sentiment_review_items VALUES ${Array(rows).fill(`(${Array(COLUMNS).fill('?').join(',')})`).join(',')}`);
    const full = statement(BATCH);
    for (let start = 0; start < items.length; start += BATCH) {
      const end = Math.min(items.length, start + BATCH);
      const values: unknown[] = [];
      for (let k = start; k < end; k++) {
        const i = items[k];
        values.push(k, i.dataset, i.row, i.language, i.score, i.label, i.drivers, i.aspects, i.copies, i.corrected ? 1 : 0);
      }
      (end - start === BATCH ? full : statement(end - start)).run(values);
    }
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
    clauses.push(byLabel ? "instr(i.aspects, ',' || @aspect || '=' || @label || ',') > 0" : "instr(i.aspects, ',' || @aspect || '=') > 0");
  } else if (label === 'unscored') clauses.push('i.label IS NULL');
  else if (label) {
    params.label = label;
    clauses.push('i.label = @label');
  }
  if (filter.month) {
    params.month = filter.month;
    clauses.push("substr(coalesce(r.date, ''), 1, length(@month)) = @month");
  }
  if (filter.product) {
    params.product = filter.product;
    clauses.push('r.product = @product');
  }
  if (filter.platform) {
    params.platform = filter.platform;
    clauses.push('r.platform = @platform');
  }
  const query = filter.query?.trim().toLowerCase();
  if (query) {
    params.query = query;
    clauses.push('instr(lower(r.text), @query) > 0');
  }
  if (filter.customers) {
    params.customers = JSON.stringify(filter.customers);
    clauses.push('r.customer_id IN (SELECT value FROM json_each(@customers))');
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

/** Characters of a review's text the table shows (the review file has the whole text). */
export const TEXT_SHOWN = 500;

/** A text as the table shows it: its first TEXT_SHOWN characters (as SQLite's substr counts them) and "…". */
export function shownText(text: string): string {
  if (text.length <= TEXT_SHOWN) return text;
  const characters = Array.from(text);
  return characters.length > TEXT_SHOWN ? `${characters.slice(0, TEXT_SHOWN).join('')}…` : text;
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
  drivers: parseDrivers(r.drivers),
  aspects: parseAspects(r.aspects),
  copies: r.copies,
  corrected: r.corrected === 1,
});

/**
 * The SQL each sortable column orders by: the allow-list itself (a column the record does
 * not name cannot reach a query). Labels order as their scores do, negative first.
 */
const SORT_KEYS: Record<ReviewSortColumn, string> = {
  date: "nullif(r.date, '')",
  score: 'i.score',
  label: "CASE i.label WHEN 'negative' THEN 0 WHEN 'neutral' THEN 1 WHEN 'positive' THEN 2 END",
};

const FROM = 'FROM sentiment_review_items i JOIN reviews r USING (dataset_id, row)';

function sortKey(sort: ReviewItemSort): string {
  const key = SORT_KEYS[sort.column];
  if (key === undefined) throw new Error(`no review sort column ${String(sort.column)}`);
  return key;
}

/** ORDER BY as every table sorts: empty values last either way, then the run's order (position). */
function orderOf(sort: ReviewItemSort | null): string {
  if (!sort) return 'ORDER BY position';
  const key = sortKey(sort);
  return `ORDER BY (${key}) IS NULL, ${key} ${sort.descending ? 'DESC' : 'ASC'}, position`;
}

/**
 * Rows after the row at position `after` in the table's order (keyset: the cursor stays
 * that row's position, sorted or not, and its sort value is read back here).
 */
function afterOf(db: Database, sort: ReviewItemSort | null, after: number | null): { sql: string; params: Record<string, string | number | null> } {
  if (after === null || after < 0) return { sql: '1', params: {} };
  if (!sort) return { sql: 'position > @after', params: { after } };
  const key = sortKey(sort);
  const anchor = db.prepare(`SELECT ${key} AS k ${FROM} WHERE i.position = ?`).get(after) as { k: string | number | null } | undefined;
  // The run that made the cursor was replaced: start again rather than guess.
  if (!anchor) return { sql: '1', params: {} };
  const beyond = sort.descending ? '<' : '>';
  return {
    sql: `(((${key}) IS NULL) > (@anchor IS NULL) OR (((${key}) IS NULL) = (@anchor IS NULL) AND ((${key}) ${beyond} @anchor OR ((${key}) IS @anchor AND position > @after))))`,
    params: { anchor: anchor.k, after },
  };
}

/** One page of the stored reviews that match the filter, in the table's order, after the row at position `after` (null: from the start). */
export function pageReviewItems(db: Database, filter: ReviewItemFilter, after: number | null, limit: number, sort: ReviewItemSort | null = null): ReviewItemPage {
  if (!hasTable(db)) return { items: [], next: null, matching: 0, total: 0 };
  const { sql, params } = whereOf(filter);
  const from = afterOf(db, sort, after);
  const rows = db
    .prepare(
      `SELECT i.*, iif(length(r.text) > ${TEXT_SHOWN}, substr(r.text, 1, ${TEXT_SHOWN}) || '…', r.text) AS text, r.date, r.product, r.platform, r.customer_id, r.rating
       ${FROM} WHERE ${from.sql} AND ${sql} ${orderOf(sort)} LIMIT @limit`,
    )
    .all({ ...params, ...from.params, limit: limit + 1 }) as Row[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const matching = (db.prepare(`SELECT count(*) AS n ${FROM} WHERE ${sql}`).get(params) as { n: number }).n;
  const total = (db.prepare('SELECT count(*) AS n FROM sentiment_review_items').get() as { n: number }).n;
  return { items: page.map(itemOf), next: more ? page[page.length - 1].position : null, matching, total };
}

/** Every review that matches the filter, in the table's order, with its whole text: one at a time (an export of 100k reviews never holds them all). */
export function iterateReviewItems(db: Database, filter: ReviewItemFilter, sort: ReviewItemSort | null): IterableIterator<ReviewItem> {
  if (!hasTable(db)) return [][Symbol.iterator]();
  const { sql, params } = whereOf(filter);
  const rows = db
    .prepare(`SELECT i.*, r.text, r.date, r.product, r.platform, r.customer_id, r.rating ${FROM} WHERE ${sql} ${orderOf(sort)}`)
    .iterate(params) as IterableIterator<Row>;
  return (function* () {
    for (const row of rows) yield itemOf(row);
  })();
}
