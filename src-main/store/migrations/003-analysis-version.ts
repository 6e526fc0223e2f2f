import type { Database } from 'better-sqlite3';

/**
 * Saved analyses record the version of the analysis that computed them (its
 * `resultVersion`, src-shared/analyses/<id>.ts), so a result from an older app is
 * upgraded or shown as needing a new run, never drawn with screens made for another
 * shape. Rows saved before are version 1: every analysis was at version 1 then.
 */
export function up(db: Database): void {
  db.exec('ALTER TABLE analyses ADD COLUMN version INTEGER NOT NULL DEFAULT 1');
}
