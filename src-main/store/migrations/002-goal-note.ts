import type { Database } from 'better-sqlite3';

/**
 * Goals get a free-text note (the wizard's "why this goal"). The column is added with a
 * default, so goals saved by version 1 read back with an empty note.
 */
export function up(db: Database): void {
  db.exec(`ALTER TABLE goals ADD COLUMN note TEXT NOT NULL DEFAULT ''`);
}
