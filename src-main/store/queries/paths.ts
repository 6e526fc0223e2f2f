/** The `paths` table (one row per exported conversion path) in file order. */
import type { Database } from 'better-sqlite3';

/** [path as exported, conversions, value, nulls, spreadsheet row] of every stored path. */
export function readPaths(db: Database): [string, number, number | null, number | null, number][] {
  return db.prepare('SELECT path, conversions, value, nulls, row FROM paths ORDER BY dataset_id, row').raw().all() as [string, number, number | null, number | null, number][];
}
