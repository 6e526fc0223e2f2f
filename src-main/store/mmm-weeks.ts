/**
 * The weekly series the marketing-mix model reads (issue 12): spend per channel per ISO
 * week from the long `spend` kind, revenue and order counts per ISO week from `orders`,
 * and the rows of the wide `weekly` sheet. Weeks are keyed by their Monday (ISO 8601 week:
 * Monday–Sunday); SQLite's `weekday 0` moves a day to its Sunday, six days back is Monday.
 */
import type { Database } from 'better-sqlite3';

const MONDAY = (column: string): string => `date(substr(${column}, 1, 10), 'weekday 0', '-6 days')`;

export interface DayRange {
  /** First and last day with a row (YYYY-MM-DD), or null when there are none. */
  first: string | null;
  last: string | null;
}

export interface WeekValue {
  week: string;
  value: number;
}

function range(db: Database, table: 'spend' | 'orders'): DayRange {
  const row = db.prepare(`SELECT min(substr(date, 1, 10)) AS first, max(substr(date, 1, 10)) AS last FROM ${table}`).get() as DayRange;
  return row;
}

export const spendDayRange = (db: Database): DayRange => range(db, 'spend');
export const orderDayRange = (db: Database): DayRange => range(db, 'orders');

/** The first spend row with a negative amount, to be named to the user. */
export function negativeSpendRow(db: Database): { file: string; row: number; channel: string; spend: number } | undefined {
  return db
    .prepare('SELECT d.file_name AS file, s.row, s.channel, s.spend FROM spend s JOIN datasets d ON d.id = s.dataset_id WHERE s.spend < 0 ORDER BY s.dataset_id, s.row LIMIT 1')
    .get() as { file: string; row: number; channel: string; spend: number } | undefined;
}

/** Spend per stored channel name and ISO week, for days from…to (inclusive). */
export function weeklySpendByChannel(db: Database, from: string, to: string): { channel: string; week: string; spend: number }[] {
  return db
    .prepare(
      `SELECT channel, ${MONDAY('date')} AS week, sum(spend) AS spend FROM spend
       WHERE substr(date, 1, 10) BETWEEN ? AND ? GROUP BY channel, week ORDER BY channel, week`,
    )
    .all(from, to) as { channel: string; week: string; spend: number }[];
}

/**
 * Revenue and orders per ISO week, for days from…to (inclusive). An order is an order id;
 * lines without one count as one order per customer per day (as the basket analysis does).
 */
export function weeklyOrders(db: Database, from: string, to: string): { week: string; revenue: number; orders: number }[] {
  return db
    .prepare(
      `SELECT ${MONDAY('date')} AS week, sum(revenue) AS revenue,
              count(DISTINCT CASE WHEN order_id IS NOT NULL AND trim(order_id) <> '' THEN 'o' || order_id ELSE 'c' || customer_id || '|' || substr(date, 1, 10) END) AS orders
       FROM orders WHERE substr(date, 1, 10) BETWEEN ? AND ? GROUP BY week ORDER BY week`,
    )
    .all(from, to) as { week: string; revenue: number; orders: number }[];
}

export interface SheetRow {
  file: string;
  /** The spreadsheet row (header = 1). */
  row: number;
  date: string;
  kpi: number;
  /** The other columns as written, header → cell. */
  extra: Record<string, string>;
}

/** Every row of the stored wide sheets, oldest date first (file order within a date). */
export function weeklySheetRows(db: Database): SheetRow[] {
  const rows = db
    .prepare('SELECT d.file_name AS file, w.row, substr(w.date, 1, 10) AS date, w.kpi, w.extra FROM weekly w JOIN datasets d ON d.id = w.dataset_id ORDER BY date, w.dataset_id, w.row')
    .all() as { file: string; row: number; date: string; kpi: number; extra: string | null }[];
  return rows.map((r) => ({ file: r.file, row: r.row, date: r.date, kpi: r.kpi, extra: r.extra ? (JSON.parse(r.extra) as Record<string, string>) : {} }));
}

/** The headers of the stored wide sheets' extra columns, in file order (the first file's first). */
export function weeklySheetHeaders(db: Database): string[] {
  const qualities = db.prepare("SELECT mapping, quality FROM datasets WHERE kind = 'weekly' ORDER BY id").all() as { mapping: string; quality: string }[];
  const headers: string[] = [];
  for (const q of qualities) {
    const mapped = new Set(Object.values(JSON.parse(q.mapping) as Record<string, string>));
    for (const h of (JSON.parse(q.quality) as { headers?: string[] }).headers ?? []) if (!mapped.has(h) && h.trim() !== '' && !headers.includes(h)) headers.push(h);
  }
  return headers;
}

/** The header the first stored sheet's KPI came from (what the user called it). */
export function weeklySheetKpiHeader(db: Database): string {
  const row = db.prepare("SELECT mapping FROM datasets WHERE kind = 'weekly' ORDER BY id LIMIT 1").pluck().get() as string | undefined;
  return row ? ((JSON.parse(row) as Record<string, string>).kpi ?? 'kpi') : 'kpi';
}

export function hasWeeklySheet(db: Database): boolean {
  return db.prepare('SELECT 1 FROM weekly LIMIT 1').get() !== undefined;
}
