import type { Database } from 'better-sqlite3';

/**
 * The `weekly` dataset kind (issue 12): the wide sheet marketing-mix users keep, one row
 * per week or day with a KPI and, in `extra` (JSON), one column per channel's spend,
 * exposure or control. `datasets.kind` has a CHECK listing the kinds; SQLite cannot alter
 * a CHECK, and rebuilding `datasets` would cascade-delete every dataset's rows, so the
 * CHECK's text is widened in place — SQLite's documented way for a change that every
 * stored row already satisfies (sqlite.org/lang_altertable.html, "writable_schema"),
 * with the schema version raised so every connection re-reads it.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE weekly (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      date TEXT NOT NULL,
      kpi REAL NOT NULL,
      extra TEXT,
      PRIMARY KEY (dataset_id, row)
    ) STRICT, WITHOUT ROWID;
  `);
  const schemaVersion = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    const changed = db
      .prepare(`UPDATE sqlite_schema SET sql = replace(sql, '''reviews'')', '''reviews'',''weekly'')') WHERE type = 'table' AND name = 'datasets' AND sql LIKE '%''reviews'')%'`)
      .run().changes;
    if (changed !== 1) throw new Error('migration 006: the datasets table has an unexpected kind CHECK');
    db.pragma(`schema_version = ${schemaVersion + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
}
