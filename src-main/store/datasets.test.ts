import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProject } from './project.js';
import { dataChangedAt, deleteDataset, insertDataset, listDatasets } from './datasets.js';
import { tempDir } from '../../test/helpers/cli.js';

const newDataset = (sha256: string) => ({ kind: 'orders' as const, file: `${sha256}.csv`, sha256, format: 'csv', encoding: 'UTF-8', sheet: null, mapping: {} });

/** A dataset with `rows` order rows, one import issue and one rejected row. */
function addOrders(db: Database, sha256: string, rows: number): number {
  const id = insertDataset(db, newDataset(sha256));
  const insert = db.prepare("INSERT INTO orders (dataset_id, row, customer_id, date, revenue) VALUES (?, ?, 'c', '2025-01-01', 1)");
  for (let row = 2; row < rows + 2; row++) insert.run(id, row);
  db.prepare("INSERT INTO import_issues (dataset_id, row, column_name, code, value) VALUES (?, 99, 'revenue', 'error.notANumber', 'x')").run(id);
  db.prepare("INSERT INTO rejected_rows (dataset_id, row, cells) VALUES (?, 99, '[]')").run(id);
  return id;
}

const count = (db: Database, table: string, id: number): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE dataset_id = ?`).get(id) as { n: number }).n;

describe('deleteDataset', () => {
  it('removes the rows, issues and rejected rows even where foreign keys are off (as in an import --replace)', () => {
    const db = openProject(join(tempDir('roi-datasets-'), 'p.roi'), { create: true });
    try {
      const gone = addOrders(db, 'a', 5);
      const kept = addOrders(db, 'b', 3);
      db.pragma('foreign_keys = OFF');
      db.exec('BEGIN IMMEDIATE');
      deleteDataset(db, gone);
      db.exec('COMMIT');
      db.pragma('foreign_keys = ON');
      expect(listDatasets(db).map((d) => d.id)).toEqual([kept]);
      for (const table of ['orders', 'import_issues', 'rejected_rows']) expect(count(db, table, gone)).toBe(0);
      expect([count(db, 'orders', kept), count(db, 'import_issues', kept), count(db, 'rejected_rows', kept)]).toEqual([3, 1, 1]);
    } finally {
      db.close();
    }
  });
});

describe('the record of data changes', () => {
  it('is part of the import transaction: a rolled-back import leaves it as it was', () => {
    const db = openProject(join(tempDir('roi-datasets-'), 'p.roi'), { create: true });
    try {
      const id = addOrders(db, 'a', 1);
      const before = dataChangedAt(db);
      expect(before).toBe(listDatasets(db)[0].importedAt);
      const meta = () => db.prepare("SELECT value FROM project_meta WHERE key = 'data_changed'").get();
      const recorded = meta();
      db.exec('BEGIN IMMEDIATE');
      deleteDataset(db, id);
      insertDataset(db, newDataset('b'));
      db.exec('ROLLBACK');
      expect(dataChangedAt(db)).toBe(before);
      expect(meta()).toEqual(recorded);
    } finally {
      db.close();
    }
  });
});
