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

function matching(kind: DatasetKind, view: RowsView): { sql: string; params: string[] } {
  const columns = viewColumns(kind);
  const params: string[] = [];
  let sql = 'WHERE dataset_id = ?';
  const search = view.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    sql += ` AND (${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`;
    params.push(...columns.map(() => pattern));
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
