/**
 * A dataset's stored rows as the rows view reads them (issue 16, item 3): searched (the
 * text in any column, case-insensitive for Latin letters, `%` and `_` taken literally) and
 * ordered by one stored column, then by row number so equal values keep the file's order.
 */
import type { Database } from 'better-sqlite3';
import type { DatasetKind } from '@shared/kinds.js';
import { AppError } from '@shared/errors.js';
import { storedColumns } from './tables.js';

export type StoredCell = string | number | null;

export interface RowsView {
  search?: string;
  sort?: { column: string; descending: boolean };
}

/** The columns the rows view shows: the source row number, then the stored ones. */
export function viewColumns(kind: DatasetKind): string[] {
  return ['row', ...storedColumns(kind)];
}

/** Joins a row's cells for the search (the unit separator, never typed into a spreadsheet cell). */
const CELL_SEPARATOR = '\x1f';

function matching(kind: DatasetKind, view: RowsView): { sql: string; params: string[] } {
  const columns = viewColumns(kind);
  const params: string[] = [];
  let sql = 'WHERE dataset_id = ?';
  // The separator never occurs in a search (it is taken out), so a match never spans two cells.
  const search = view.search?.replaceAll(CELL_SEPARATOR, '').trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // One LIKE on the row's cells joined, not one per column: a million-row search is a third faster.
    sql += ` AND (${columns.map((c) => `coalesce(${c}, '')`).join(` || char(${CELL_SEPARATOR.charCodeAt(0)}) || `)}) LIKE ? ESCAPE '\\'`;
    params.push(pattern);
  }
  return { sql, params };
}

function orderBy(kind: DatasetKind, view: RowsView): string {
  if (!view.sort) return 'ORDER BY row';
  const { column, descending } = view.sort;
  // The column name goes into the SQL: only the dataset's own columns pass.
  if (!viewColumns(kind).includes(column)) throw new AppError('error.invalidInput', { detail: `no column ${column}` });
  // Empty cells last in either direction, as on the page's other tables.
  return `ORDER BY ${column} IS NULL, ${column} ${descending ? 'DESC' : 'ASC'}, row`;
}

export function countRows(db: Database, datasetId: number, kind: DatasetKind, view: RowsView): number {
  const { sql, params } = matching(kind, view);
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${kind} ${sql}`).get(datasetId, ...params) as { n: number }).n;
}

export function readRows(db: Database, datasetId: number, kind: DatasetKind, view: RowsView, limit: number, offset: number): StoredCell[][] {
  const { sql, params } = matching(kind, view);
  return db
    .prepare(`SELECT ${viewColumns(kind).join(',')} FROM ${kind} ${sql} ${orderBy(kind, view)} LIMIT ? OFFSET ?`)
    .raw()
    .all(datasetId, ...params, limit, offset) as StoredCell[][];
}

/**
 * The row numbers of every matching row, in the view's order: one scan (and one sort) of
 * the dataset, after which any page of the view is read by row number, whatever its depth
 * (OFFSET in a sorted view of millions re-sorts them all for every page).
 */
export function viewRowNumbers(db: Database, datasetId: number, kind: DatasetKind, view: RowsView): Int32Array {
  const { sql, params } = matching(kind, view);
  const rows = db.prepare(`SELECT row FROM ${kind} ${sql} ${orderBy(kind, view)}`).pluck().all(datasetId, ...params) as number[];
  return Int32Array.from(rows);
}

/** The rows with these row numbers, in the order given. */
export function readRowsByNumber(db: Database, datasetId: number, kind: DatasetKind, rows: ArrayLike<number>): StoredCell[][] {
  if (rows.length === 0) return [];
  const numbers = Array.from(rows);
  const found = db
    .prepare(`SELECT ${viewColumns(kind).join(',')} FROM ${kind} WHERE dataset_id = ? AND row IN (${numbers.map(() => '?').join(',')})`)
    .raw()
    .all(datasetId, ...numbers) as StoredCell[][];
  // The first view column is the row number.
  const byNumber = new Map(found.map((r) => [r[0] as number, r]));
  return numbers.map((n) => byNumber.get(n)).filter((r): r is StoredCell[] => r !== undefined);
}

/** Every matching row, one at a time (an export of a million rows never holds them all). */
export function iterateRows(db: Database, datasetId: number, kind: DatasetKind, view: RowsView): IterableIterator<StoredCell[]> {
  const { sql, params } = matching(kind, view);
  return db
    .prepare(`SELECT ${viewColumns(kind).join(',')} FROM ${kind} ${sql} ${orderBy(kind, view)}`)
    .raw()
    .iterate(datasetId, ...params) as IterableIterator<StoredCell[]>;
}

/** One stored row's values in `columns`, by its row number in the file: the duplicate check reads an earlier row back. */
export function storedRowReader(db: Database, datasetId: number, kind: DatasetKind, columns: readonly string[]): (row: number) => (string | number | null)[] | undefined {
  const statement = db.prepare(`SELECT ${columns.join(',')} FROM ${kind} WHERE dataset_id = ? AND row = ?`).raw();
  return (row) => statement.get(datasetId, row) as (string | number | null)[] | undefined;
}
