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
 * (id and rows imported) and the project's recorded data change — so an import, a
 * replacement or a deletion makes the next read rebuild it. A connection that cannot write
 * (read-only, or another process is importing) builds its own copy in its temp schema.
 * The tables are not in the migrations on purpose: derived data, created on first use,
 * rebuilt from the orders whenever in doubt and safe to drop.
 */
import type { Database } from 'better-sqlite3';
import { getMeta } from './meta.js';

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

/** What the summary was built from: changes with every import, replacement or deletion of orders. */
function currentStamp(db: Database): string {
  const sets = db.prepare("SELECT group_concat(id || ':' || rows_imported, ',') AS s FROM (SELECT id, rows_imported FROM datasets WHERE kind = 'orders' ORDER BY id)").get() as {
    s: string | null;
  };
  return JSON.stringify([sets.s ?? '', getMeta(db, 'data_changed') ?? '']);
}

function storedStamp(db: Database, s: Schema): string | undefined {
  const exists = db.prepare(`SELECT 1 FROM ${s}.sqlite_master WHERE name = 'order_summary_stamp'`).get();
  if (!exists) return undefined;
  return (db.prepare(`SELECT stamp FROM ${s}.order_summary_stamp`).get() as { stamp: string } | undefined)?.stamp;
}

function rebuild(db: Database, s: Schema, stamp: string): void {
  createTables(db, s);
  for (const table of ['order_summary_stamp', 'order_day_totals', 'order_day_repeats']) db.exec(`DELETE FROM ${s}.${table}`);
  db.exec(`
    INSERT INTO ${s}.order_day_repeats (day, prev, prev2, n)
    SELECT day, prev, prev2, count(*) FROM (
      SELECT day, coalesce(lag(day) OVER w, '') AS prev, coalesce(lag(day, 2) OVER w, '') AS prev2
      FROM (SELECT customer_id, substr(date, 1, 10) AS day FROM orders WHERE revenue >= 0 GROUP BY customer_id, day)
      WINDOW w AS (PARTITION BY customer_id ORDER BY day))
    GROUP BY day, prev, prev2;
    INSERT INTO ${s}.order_day_totals (day, revenue, new_customers)
    SELECT r.day, r.revenue, coalesce(f.n, 0)
    FROM (SELECT substr(date, 1, 10) AS day, total(revenue) AS revenue FROM orders GROUP BY day) AS r
    LEFT JOIN (SELECT day, sum(n) AS n FROM ${s}.order_day_repeats WHERE prev = '' GROUP BY day) AS f USING (day);`);
  db.prepare(`INSERT INTO ${s}.order_summary_stamp (stamp) VALUES (?)`).run(stamp);
}

const isBusy = (e: unknown): boolean => /SQLITE_BUSY|SQLITE_READONLY/.test(String((e as { code?: string }).code ?? e));

/** The schema holding a summary of the orders as they are now, built first when there is none. */
function fresh(db: Database): Schema {
  const stamp = currentStamp(db);
  const known = built.get(db);
  if (known && storedStamp(db, known) === stamp) return known;
  if (!db.readonly) {
    if (storedStamp(db, 'main') === stamp) return remember(db, 'main');
    try {
      // Immediate: two connections noticing the change at once build it once, in turn.
      db.transaction(() => {
        if (storedStamp(db, 'main') !== stamp) rebuild(db, 'main', stamp);
      }).immediate();
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
