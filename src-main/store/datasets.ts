/**
 * Reads and writes of the `datasets` catalogue and its issues, and the one record of when
 * the project's data last changed (an import or a deleted dataset), which decides whether
 * a saved analysis still describes the data.
 */
import type { Database } from 'better-sqlite3';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { DatasetSummary, ImportIssue, QualityReport } from '@shared/datasets.js';
import { getMeta, setMeta } from './meta.js';

interface DatasetRow {
  id: number;
  kind: DatasetKind;
  file_name: string;
  sha256: string;
  format: string;
  encoding: string;
  sheet: string | null;
  mapping: string;
  imported_at: string;
  rows_read: number;
  rows_imported: number;
  rows_rejected: number;
  duplicates_removed: number;
  quality: string;
}

function toSummary(r: DatasetRow): DatasetSummary {
  return {
    id: r.id,
    kind: r.kind,
    file: r.file_name,
    sha256: r.sha256,
    format: r.format,
    encoding: r.encoding,
    sheet: r.sheet,
    mapping: JSON.parse(r.mapping) as ColumnMapping,
    importedAt: r.imported_at,
    rowsRead: r.rows_read,
    rowsImported: r.rows_imported,
    rowsRejected: r.rows_rejected,
    duplicatesRemoved: r.duplicates_removed,
    quality: JSON.parse(r.quality) as QualityReport,
  };
}

export function listDatasets(db: Database): DatasetSummary[] {
  return (db.prepare('SELECT * FROM datasets ORDER BY id').all() as DatasetRow[]).map(toSummary);
}

export function getDataset(db: Database, id: number): DatasetSummary | undefined {
  const row = db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as DatasetRow | undefined;
  return row && toSummary(row);
}

export function findDatasetBySha(db: Database, sha256: string): DatasetSummary | undefined {
  const row = db.prepare('SELECT * FROM datasets WHERE sha256 = ? ORDER BY id LIMIT 1').get(sha256) as DatasetRow | undefined;
  return row && toSummary(row);
}

/**
 * Deletes a dataset with its rows, issues and rejected rows; analyses saved before it
 * become out of date. The rows go explicitly, not by ON DELETE CASCADE: `import --replace`
 * deletes inside the import's transaction, which runs with foreign keys off (bulk-write.ts),
 * where a cascade silently does not happen and the old rows would stay and count twice.
 */
export function deleteDataset(db: Database, id: number): void {
  db.transaction(() => {
    const found = db.prepare('SELECT kind FROM datasets WHERE id = ?').get(id) as { kind: DatasetKind } | undefined;
    if (!found) return;
    // `kind` names a table: the column's CHECK allows only the dataset kinds.
    for (const table of [found.kind, 'import_issues', 'rejected_rows']) db.prepare(`DELETE FROM ${table} WHERE dataset_id = ?`).run(id);
    db.prepare('DELETE FROM datasets WHERE id = ?').run(id);
    recordDataChange(db, new Date().toISOString());
  })();
}

export interface NewDataset {
  kind: DatasetKind;
  file: string;
  sha256: string;
  format: string;
  encoding: string;
  sheet: string | null;
  mapping: ColumnMapping;
}

/** Inserts the catalogue row first (counts filled in by `finishDataset`) so rows can reference it. */
export function insertDataset(db: Database, d: NewDataset): number {
  const at = new Date().toISOString();
  return db.transaction(() => {
    const info = db
      .prepare(
        `INSERT INTO datasets (kind, file_name, sha256, format, encoding, sheet, mapping, imported_at,
          rows_read, rows_imported, rows_rejected, duplicates_removed, quality)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '{}')`,
      )
      .run(d.kind, d.file, d.sha256, d.format, d.encoding, d.sheet, JSON.stringify(d.mapping), at);
    recordDataChange(db, at);
    return Number(info.lastInsertRowid);
  })();
}

/** Ids of every dataset imported from a file with this fingerprint (one, unless imports raced). */
export function datasetIdsBySha(db: Database, sha256: string): number[] {
  return (db.prepare('SELECT id FROM datasets WHERE sha256 = ?').all(sha256) as { id: number }[]).map((d) => d.id);
}

/** Records in a dataset's quality report how many stored rows its overlap policy removed. */
export function setOverlapRemoved(db: Database, id: number, removed: number, emptied: readonly { id: number; file: string }[] = []): void {
  db.prepare(`UPDATE datasets SET quality = json_set(quality, '$.overlap.removed', ?, '$.overlap.emptied', json(?)) WHERE id = ?`).run(removed, JSON.stringify(emptied), id);
}

export function finishDataset(
  db: Database,
  id: number,
  counts: { rowsRead: number; rowsImported: number; rowsRejected: number; duplicatesRemoved: number; encoding: string; sha256: string },
  quality: QualityReport,
): void {
  db.prepare(
    `UPDATE datasets SET rows_read = ?, rows_imported = ?, rows_rejected = ?, duplicates_removed = ?, encoding = ?, sha256 = ?, quality = ? WHERE id = ?`,
  ).run(counts.rowsRead, counts.rowsImported, counts.rowsRejected, counts.duplicatesRemoved, counts.encoding, counts.sha256, JSON.stringify(quality), id);
}

export function listIssues(db: Database, datasetId: number, limit: number, offset = 0): ImportIssue[] {
  return (
    db
      .prepare('SELECT row, column_name AS column, code, value FROM import_issues WHERE dataset_id = ? ORDER BY row, rowid LIMIT ? OFFSET ?')
      .all(datasetId, limit, offset) as ImportIssue[]
  );
}

export function countIssues(db: Database, datasetId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM import_issues WHERE dataset_id = ?').get(datasetId) as { n: number }).n;
}

/** Rejected rows as they were read (for the "download rejected rows" CSV). */
export function listRejectedRows(db: Database, datasetId: number): { row: number; cells: string[] }[] {
  return (db.prepare('SELECT row, cells FROM rejected_rows WHERE dataset_id = ? ORDER BY row').all(datasetId) as { row: number; cells: string }[]).map(
    (r) => ({ row: r.row, cells: JSON.parse(r.cells) as string[] }),
  );
}

/**
 * The last change to the data, as project_meta keeps it: when, and the newest analysis
 * saved by then. Two events can share a millisecond (a report's run, then a deletion), so
 * the clock cannot order them; analysis ids can, as they only grow (no analysis is ever
 * deleted, so SQLite never hands out an id again).
 */
const DATA_CHANGE_KEY = 'data_changed';

interface DataChange {
  at: string;
  lastAnalysisId: number;
}

export function recordDataChange(db: Database, at: string): void {
  const { last } = db.prepare('SELECT max(id) AS last FROM analyses').get() as { last: number | null };
  setMeta(db, DATA_CHANGE_KEY, JSON.stringify({ at, lastAnalysisId: last ?? 0 } satisfies DataChange));
}

function recordedChange(db: Database): DataChange | undefined {
  const text = getMeta(db, DATA_CHANGE_KEY);
  return text === undefined ? undefined : (JSON.parse(text) as DataChange);
}

/**
 * When the project's data last changed (ISO time; '' when it never had any): the latest
 * import or dataset deletion. Imports by versions that did not record changes still count
 * through their `imported_at`.
 */
export function dataChangedAt(db: Database): string {
  const imported = (db.prepare('SELECT max(imported_at) AS at FROM datasets').get() as { at: string | null }).at ?? '';
  const recorded = recordedChange(db)?.at ?? '';
  return recorded > imported ? recorded : imported;
}

/** True when a saved analysis was computed after the data last changed, so it can be reused. */
export function isAnalysisCurrent(db: Database, saved: { id: number; createdAt: string }): boolean {
  const recorded = recordedChange(db);
  if (recorded && saved.id <= recorded.lastAnalysisId) return false;
  const changedAt = dataChangedAt(db);
  // A recorded change was ordered by id just above. Only an import no change was recorded
  // for (an older version's) is left to the clock, and a tie counts as "before": recomputing
  // is safe, reusing a run that missed the import is not.
  return recorded?.at === changedAt || saved.createdAt > changedAt;
}
