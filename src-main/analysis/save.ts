import type { Database } from 'better-sqlite3';

/** Keeps an analysis run in the project, so the dashboard and reports can use it later. */
export function saveAnalysis(db: Database, kind: string, params: unknown, result: unknown): number {
  const info = db
    .prepare('INSERT INTO analyses (kind, params, result, created_at) VALUES (?, ?, ?, ?)')
    .run(kind, JSON.stringify(params), JSON.stringify(result), new Date().toISOString());
  return Number(info.lastInsertRowid);
}

export function latestAnalysis<T>(db: Database, kind: string): { id: number; params: unknown; result: T; createdAt: string } | undefined {
  const row = db.prepare('SELECT id, params, result, created_at FROM analyses WHERE kind = ? ORDER BY id DESC LIMIT 1').get(kind) as
    | { id: number; params: string; result: string; created_at: string }
    | undefined;
  return row && { id: row.id, params: JSON.parse(row.params), result: JSON.parse(row.result) as T, createdAt: row.created_at };
}

/** Maps become plain objects in JSON results. */
export function mapToObject<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  return Object.fromEntries(map);
}
