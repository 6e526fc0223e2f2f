/** Reads and writes of the `datasets` catalogue and its issues. */
import type { Database } from 'better-sqlite3';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { DatasetSummary, ImportIssue, QualityReport } from '@shared/datasets.js';

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

export function deleteDataset(db: Database, id: number): void {
  db.prepare('DELETE FROM datasets WHERE id = ?').run(id);
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
  const info = db
    .prepare(
      `INSERT INTO datasets (kind, file_name, sha256, format, encoding, sheet, mapping, imported_at,
        rows_read, rows_imported, rows_rejected, duplicates_removed, quality)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '{}')`,
    )
    .run(d.kind, d.file, d.sha256, d.format, d.encoding, d.sheet, JSON.stringify(d.mapping), new Date().toISOString());
  return Number(info.lastInsertRowid);
}

export function finishDataset(
  db: Database,
  id: number,
  counts: { rowsRead: number; rowsImported: number; rowsRejected: number; duplicatesRemoved: number; encoding: string },
  quality: QualityReport,
): void {
  db.prepare(
    `UPDATE datasets SET rows_read = ?, rows_imported = ?, rows_rejected = ?, duplicates_removed = ?, encoding = ?, quality = ? WHERE id = ?`,
  ).run(counts.rowsRead, counts.rowsImported, counts.rowsRejected, counts.duplicatesRemoved, counts.encoding, JSON.stringify(quality), id);
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
