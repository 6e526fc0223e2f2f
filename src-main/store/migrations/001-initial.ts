import type { Database } from 'better-sqlite3';

/**
 * The first schema: datasets with their quality reports, one STRICT table per dataset
 * kind (one column per role, see src-shared/kinds.ts), rejected rows and their issues,
 * goals and saved analyses. `row` is the spreadsheet row a value came from (header = 1),
 * so every stored value can be traced back to the cell a user sees in Excel. The kind
 * tables are clustered on (dataset_id, row) — WITHOUT ROWID — so a dataset's rows are
 * stored together in file order with one B-tree to write, not a table and an index.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE datasets (
      id INTEGER PRIMARY KEY AUTOINCREMENT, -- ids are never reused: analyses and reports cite them
      kind TEXT NOT NULL CHECK (kind IN ('spend','touchpoints','paths','orders','customers','reviews')),
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      format TEXT NOT NULL,
      encoding TEXT NOT NULL,
      sheet TEXT,
      mapping TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      rows_read INTEGER NOT NULL,
      rows_imported INTEGER NOT NULL,
      rows_rejected INTEGER NOT NULL,
      duplicates_removed INTEGER NOT NULL,
      quality TEXT NOT NULL
    ) STRICT;
    CREATE INDEX datasets_sha256 ON datasets(sha256);

    CREATE TABLE import_issues (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      column_name TEXT NOT NULL,
      code TEXT NOT NULL,
      value TEXT
    ) STRICT;
    CREATE INDEX import_issues_dataset ON import_issues(dataset_id, row);

    CREATE TABLE rejected_rows (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      cells TEXT NOT NULL,
      PRIMARY KEY (dataset_id, row)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE spend (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      date TEXT NOT NULL,
      channel TEXT NOT NULL,
      campaign TEXT,
      spend REAL NOT NULL,
      impressions REAL,
      clicks REAL,
      conversions REAL,
      revenue REAL,
      PRIMARY KEY (dataset_id, row)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE touchpoints (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      customer_id TEXT NOT NULL,
      timestamp TEXT NOT NULL,
      channel TEXT NOT NULL,
      campaign TEXT,
      event TEXT,
      value REAL,
      PRIMARY KEY (dataset_id, row)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE paths (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      path TEXT NOT NULL,
      conversions REAL NOT NULL,
      value REAL,
      nulls REAL,
      PRIMARY KEY (dataset_id, row)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE orders (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      order_id TEXT,
      customer_id TEXT NOT NULL,
      date TEXT NOT NULL,
      revenue REAL NOT NULL,
      quantity REAL,
      product TEXT,
      channel TEXT,
      PRIMARY KEY (dataset_id, row)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE customers (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      customer_id TEXT NOT NULL,
      signup_date TEXT,
      region TEXT,
      age REAL,
      gender TEXT,
      extra TEXT,
      PRIMARY KEY (dataset_id, row)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE reviews (
      dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      text TEXT NOT NULL,
      date TEXT,
      rating REAL,
      platform TEXT,
      customer_id TEXT,
      product TEXT,
      PRIMARY KEY (dataset_id, row)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE goals (
      id INTEGER PRIMARY KEY,
      type TEXT NOT NULL,
      target REAL NOT NULL,
      baseline REAL,
      period_start TEXT,
      period_end TEXT,
      budget REAL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE analyses (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      params TEXT NOT NULL,
      result TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE project_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
