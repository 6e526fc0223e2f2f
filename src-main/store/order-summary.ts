/**
 * A summary of the orders that the dashboard, goals and report measures read instead of
 * the order rows (issue 13: a 1M-customer project took ~19 s per dashboard, three
 * `GROUP BY customer_id` passes over ~4.5M rows each time). It is derived data, a cache:
 * built on the first read after the data changed, kept until the orders change again.
 *
 * Two tables:
 * - `order_day_totals`: per day (`substr(date, 1, 10)`) with any order row, the revenue of
 *   all its rows (refunds netted in) and the customers whose first purchase day it is;
 * - `order_day_repeats`: each customer's purchase days (revenue ≥ 0; one per customer and
 *   day) with that customer's previous and second-previous purchase day ('' for none),
 *   counted per distinct (day, prev, prev2). A customer has ≥ 1 purchase day in [from, to]
 *   exactly once with `prev < from` there (its first day in the period), and ≥ 2 exactly
 *   once with `prev >= from AND prev2 < from` (its second): buyers and repeaters of any
 *   period are then sums over a range of days, with no per-customer grouping.
 *
 * The summary is stamped with what identifies the orders' content — the orders datasets
 * (id, rows imported, import time) — so an import, a replacement or a deletion of orders
 * makes the next read rebuild it; an orders import builds it itself, inside its
 * transaction (pipeline.ts), so the first dashboard read after it is instant. A connection that cannot write
 * (read-only, or another process is importing) builds its own copy in its temp schema.
 * The tables are not in the migrations on purpose: derived data, created on first use,
 * rebuilt from the orders whenever in doubt and safe to drop.
 */
import type { Database } from 'better-sqlite3';
import { readOrderCodes } from './queries/orders.js';

type Schema = 'main' | 'temp';

const built = new WeakMap<Database, Schema>();

function createTables(db: Database, s: Schema): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS ${s}.order_summary_stamp (stamp TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS ${s}.order_day_totals (
      day TEXT NOT NULL PRIMARY KEY, revenue REAL NOT NULL, new_customers INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS ${s}.order_day_repeats (
      day TEXT NOT NULL, prev TEXT NOT NULL, prev2 TEXT NOT NULL, n INTEGER NOT NULL,
      PRIMARY KEY (day, prev, prev2)
    ) STRICT, WITHOUT ROWID;`);
}

/**
 * What the summary was built from: the orders datasets (id, rows, import time). Every change
 * to the order rows comes with one: an import adds a dataset (and, replacing or resolving an
 * overlap, removes rows of older ones in the same transaction), a deletion removes one; an
 * id that SQLite hands out again comes with a new import time. Imports of other kinds and
 * channel-map edits leave the orders as they were, and so the summary.
 */
function currentStamp(db: Database): string {
  const sets = db
    .prepare("SELECT group_concat(id || ':' || rows_imported || ':' || imported_at, ',') AS s FROM (SELECT id, rows_imported, imported_at FROM datasets WHERE kind = 'orders' ORDER BY id)")
    .get() as { s: string | null };
  return JSON.stringify(['orders', sets.s ?? '']);
}

function storedStamp(db: Database, s: Schema): string | undefined {
  const exists = db.prepare(`SELECT 1 FROM ${s}.sqlite_master WHERE name = 'order_summary_stamp'`).get();
  if (!exists) return undefined;
  return (db.prepare(`SELECT stamp FROM ${s}.order_summary_stamp`).get() as { stamp: string } | undefined)?.stamp;
}

function rebuild(db: Database, s: Schema, stamp: string): void {
  createTables(db, s);
  for (const table of ['order_summary_stamp', 'order_day_totals', 'order_day_repeats']) db.exec(`DELETE FROM ${s}.${table}`);
  insertDayRepeats(db, s);
  db.exec(`
    INSERT INTO ${s}.order_day_totals (day, revenue, new_customers)
    SELECT r.day, r.revenue, coalesce(f.n, 0)
    FROM (SELECT substr(date, 1, 10) AS day, total(revenue) AS revenue FROM orders GROUP BY day) AS r
    LEFT JOIN (SELECT day, sum(n) AS n FROM ${s}.order_day_repeats WHERE prev = '' GROUP BY day) AS f USING (day);`);
  db.prepare(`INSERT INTO ${s}.order_summary_stamp (stamp) VALUES (?)`).run(stamp);
}

/** SQLite's substr(text, 1, 10): ten characters (code points), not UTF-16 units. */
const firstTenCharacters = (text: string): string => {
  const head = text.slice(0, 10);
  // Without surrogate pairs in the first ten units, units are characters.
  return /[\uD800-\uDFFF]/.test(head) ? Array.from(text).slice(0, 10).join('') : head;
};

/**
 * `order_day_repeats` counted from the order columns. The definition is the SQL
 *   SELECT day, prev, prev2, count(*) FROM (
 *     SELECT day, coalesce(lag(day) OVER w, '') AS prev, coalesce(lag(day, 2) OVER w, '') AS prev2
 *     FROM (SELECT customer_id, substr(date, 1, 10) AS day FROM orders WHERE revenue >= 0 GROUP BY customer_id, day)
 *     WINDOW w AS (PARTITION BY customer_id ORDER BY day))
 *   GROUP BY day, prev, prev2
 * which on 4.5M order rows costs SQLite ~12 s of sorting; here each (day, prev, prev2) is a
 * number (day ranks in mixed radix, '' ranked first) and one native sort counts them (~2 s
 * with the inserts), cheap enough to build inside an orders import.
 */
function insertDayRepeats(db: Database, s: Schema): void {
  const orders = readOrderCodes(db);
  const dayTexts = orders.dates.map(firstTenCharacters);
  // Rank 0 is '' (no earlier day); days rank from 1 in SQLite's (binary) text order.
  const days = ['', ...[...new Set(dayTexts)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))];
  const rankOf = new Map(days.map((d, i) => [d, i]));
  const rankOfDate = Int32Array.from(dayTexts, (t) => rankOf.get(t)!);
  const customers = orders.customers;
  const rows = orders.customer.length;
  // Purchase rows (revenue ≥ 0) grouped by customer: a counting sort.
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < rows; i++) if (orders.revenue[i] >= 0) start[orders.customer[i] + 1]++;
  for (let c = 0; c < customers; c++) start[c + 1] += start[c];
  const fill = start.slice(0, customers);
  const dayOfRow = new Int32Array(start[customers]);
  for (let i = 0; i < rows; i++) if (orders.revenue[i] >= 0) dayOfRow[fill[orders.customer[i]]++] = rankOfDate[orders.date[i]];
  const radix = days.length;
  const keys = new Float64Array(dayOfRow.length);
  let kept = 0;
  for (let c = 0; c < customers; c++) {
    const own = dayOfRow.subarray(start[c], start[c + 1]).sort();
    let prev = 0;
    let prev2 = 0;
    for (let k = 0; k < own.length; k++) {
      if (k > 0 && own[k] === own[k - 1]) continue;
      keys[kept++] = (own[k] * radix + prev) * radix + prev2;
      prev2 = prev;
      prev = own[k];
    }
  }
  const sorted = keys.subarray(0, kept).sort();
  // Many rows per INSERT: a statement per row would cost more than the counting.
  const statement = (rows: number) => db.prepare(`INSERT INTO ${s}.order_day_repeats (day, prev, prev2, n) VALUES ${new Array(rows).fill('(?, ?, ?, ?)').join(', ')}`);
  const full = statement(INSERT_ROWS);
  const values: (string | number)[] = [];
  const flush = (): void => {
    if (values.length === 0) return;
    (values.length === INSERT_ROWS * 4 ? full : statement(values.length / 4)).run(values);
    values.length = 0;
  };
  for (let lo = 0; lo < sorted.length; ) {
    let hi = lo + 1;
    while (hi < sorted.length && sorted[hi] === sorted[lo]) hi++;
    const key = sorted[lo];
    const prev2 = key % radix;
    const prev = ((key - prev2) / radix) % radix;
    const day = (key - prev2 - prev * radix) / (radix * radix);
    values.push(days[day], days[prev], days[prev2], hi - lo);
    if (values.length === INSERT_ROWS * 4) flush();
    lo = hi;
  }
  flush();
}

/** Rows per INSERT statement (4 parameters each, well under SQLite's 32,766). */
const INSERT_ROWS = 200;

/** Builds the summary in `db`'s main schema now, when it is missing or out of date: an orders import calls this inside its transaction, so the first dashboard read after it finds the summary ready. */
export function refreshOrderSummary(db: Database): void {
  const stamp = currentStamp(db);
  if (storedStamp(db, 'main') !== stamp) rebuild(db, 'main', stamp);
  remember(db, 'main');
}

/** True when the main schema holds a summary of the orders as they are now. */
export function orderSummaryIsCurrent(db: Database): boolean {
  return storedStamp(db, 'main') === currentStamp(db);
}

/**
 * Builds the summary in the main schema when it is missing or out of date; true when it
 * did. What a first read does, and what the job an older project's first dashboard
 * starts does in a worker (services/order-summary-ready.ts).
 */
export function buildOrderSummary(db: Database): boolean {
  const stamp = currentStamp(db);
  if (storedStamp(db, 'main') === stamp) return false;
  let built = false;
  // Immediate: two connections noticing the change at once build it once, in turn.
  db.transaction(() => {
    if (storedStamp(db, 'main') === stamp) return;
    rebuild(db, 'main', stamp);
    built = true;
  }).immediate();
  return built;
}

const isBusy = (e: unknown): boolean => /SQLITE_BUSY|SQLITE_READONLY/.test(String((e as { code?: string }).code ?? e));

/** The schema holding a summary of the orders as they are now, built first when there is none. */
function fresh(db: Database): Schema {
  const stamp = currentStamp(db);
  const known = built.get(db);
  if (known && storedStamp(db, known) === stamp) return known;
  if (!db.readonly) {
    try {
      buildOrderSummary(db);
      return remember(db, 'main');
    } catch (e) {
      if (!isBusy(e)) throw e;
    }
  }
  if (storedStamp(db, 'temp') !== stamp) db.transaction(() => rebuild(db, 'temp', stamp))();
  return remember(db, 'temp');
}

function remember(db: Database, s: Schema): Schema {
  built.set(db, s);
  return s;
}

/** [first, last] day with any order row, or null without orders. */
export function orderDayRange(db: Database): { from: string; to: string } | null {
  const s = fresh(db);
  const r = db.prepare(`SELECT min(day) AS lo, max(day) AS hi FROM ${s}.order_day_totals`).get() as { lo: string | null; hi: string | null };
  return r.lo && r.hi ? { from: r.lo, to: r.hi } : null;
}

export interface OrderPeriodFigures {
  /** Σ revenue of the order rows dated in the period. */
  revenue: number;
  /** Customers whose first purchase day falls in the period. */
  newCustomers: number;
  /** Customers with ≥ 1 purchase day in the period. */
  buyers: number;
  /** Customers with ≥ 2 purchase days in the period. */
  repeaters: number;
}

/** The order figures of the days from `from` to `to` (inclusive, `YYYY-MM-DD`). */
export function orderPeriodFigures(db: Database, from: string, to: string): OrderPeriodFigures {
  const s = fresh(db);
  const totals = db.prepare(`SELECT total(revenue) AS revenue, total(new_customers) AS newCustomers FROM ${s}.order_day_totals WHERE day BETWEEN ? AND ?`).get(from, to) as {
    revenue: number;
    newCustomers: number;
  };
  const days = db
    .prepare(
      `SELECT total(CASE WHEN prev < @from THEN n END) AS buyers, total(CASE WHEN prev >= @from AND prev2 < @from THEN n END) AS repeaters
       FROM ${s}.order_day_repeats WHERE day BETWEEN @from AND @to`,
    )
    .get({ from, to }) as { buyers: number; repeaters: number };
  return { revenue: totals.revenue, newCustomers: totals.newCustomers, buyers: days.buyers, repeaters: days.repeaters };
}

/** Revenue and new customers per calendar month (`YYYY-MM`) that has order rows. */
export function orderMonths(db: Database): { month: string; revenue: number; newCustomers: number }[] {
  const s = fresh(db);
  return db
    .prepare(`SELECT substr(day, 1, 7) AS month, total(revenue) AS revenue, total(new_customers) AS newCustomers FROM ${s}.order_day_totals GROUP BY month ORDER BY month`)
    .all() as { month: string; revenue: number; newCustomers: number }[];
}
