import type { Database } from 'better-sqlite3';

/** Small project-wide facts (e.g. the demo's known truth), as key → JSON text. */
export function setMeta(db: Database, key: string, value: string): void {
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function getMeta(db: Database, key: string): string | undefined {
  return (db.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}
