/**
 * A report reuses a saved analysis only while the project's data is unchanged since it
 * ran: an import or a deleted dataset makes it out of date, even within the same
 * millisecond. Projects are real files, filled through the import pipeline (needs the
 * built parse worker: `npm test` builds first).
 */
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openProject } from '../store/project.js';
import { dataChangedAt, deleteDataset, isAnalysisCurrent } from '../store/datasets.js';
import { importFile } from '../import/pipeline.js';
import { datasetHandlers } from '../services/dataset-handlers.js';
import { saveAnalysis } from '../store/analyses.js';
import { ensureSegments } from './analysis-runs.js';
import type { RunOutcome } from './analysis-runs.js';
import type { SegmentsAnalysis } from '../analysis/results.js';
import { previewReport } from './build.js';
import { writeOrders } from '../../test/helpers/orders-fixture.js';
import { tempDir } from '../../test/helpers/cli.js';

afterEach(() => {
  vi.useRealTimers();
});

function runOf(o: RunOutcome<SegmentsAnalysis>) {
  if (!('run' in o)) throw new Error(`expected a run, got ${JSON.stringify(o)}`);
  return o.run;
}

/** Opens the project, runs `fn`, closes it (as every service call does). */
function withDb<T>(project: string, fn: (db: Database) => T): T {
  const db = openProject(project);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Two orders files sharing customers c031–c040: 40 customers in a, 70 in both. */
async function twoOrderDatasets() {
  const dir = tempDir('roi-runs-');
  const project = join(dir, 'p.roi');
  const a = writeOrders(join(dir, 'orders-a.csv'), 'a', 1, 40);
  const b = writeOrders(join(dir, 'orders-b.csv'), 'b', 31, 70);
  const ia = await importFile({ project, file: a.file, kind: 'orders' });
  const ib = await importFile({ project, file: b.file, kind: 'orders' });
  expect([ia.dataset.rowsImported, ib.dataset.rowsImported]).toEqual([a.rows, b.rows]);
  return { dir, project, a, b, idA: ia.dataset.id, idB: ib.dataset.id };
}

describe('the data-changed time', () => {
  it('is empty without data, the import time after an import, and moves on deletion', async () => {
    const dir = tempDir('roi-runs-');
    const project = join(dir, 'p.roi');
    openProject(project, { create: true }).close();
    expect(withDb(project, dataChangedAt)).toBe('');
    const { dataset } = await importFile({ project, file: writeOrders(join(dir, 'o.csv'), 'o', 1, 10).file, kind: 'orders' });
    expect(withDb(project, dataChangedAt)).toBe(dataset.importedAt);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2099-01-02T03:04:05.678Z'));
    withDb(project, (db) => deleteDataset(db, dataset.id));
    expect(withDb(project, dataChangedAt)).toBe('2099-01-02T03:04:05.678Z');
    // Deleting what is not there changes nothing.
    vi.setSystemTime(new Date('2099-06-01T00:00:00.000Z'));
    withDb(project, (db) => deleteDataset(db, dataset.id));
    expect(withDb(project, dataChangedAt)).toBe('2099-01-02T03:04:05.678Z');
  });
});

describe('reusing saved analyses in a report', () => {
  it('reuses the saved run of an untouched project', async () => {
    const { project, a, b } = await twoOrderDatasets();
    const first = runOf(withDb(project, ensureSegments));
    expect(first.ranNow).toBe(true);
    expect(first.result.customers).toBe(new Set([...a.customerIds, ...b.customerIds]).size);
    expect(first.result.customers).toBe(70);
    const again = runOf(withDb(project, ensureSegments));
    expect(again).toMatchObject({ id: first.id, ranNow: false });
  });

  it('recomputes after a dataset is deleted, from the rows that are left', async () => {
    const { project, a, b, idB } = await twoOrderDatasets();
    const before = runOf(withDb(project, ensureSegments));
    expect(before.result.totalRevenue).toBe(a.revenue + b.revenue);
    // As the Data page deletes: through the service.
    await datasetHandlers()['dataset.delete']!({ project, datasetId: idB });
    const after = runOf(withDb(project, ensureSegments));
    expect(after.ranNow).toBe(true);
    expect(after.id).toBeGreaterThan(before.id);
    expect(after.result.customers).toBe(a.customerIds.size);
    expect(after.result.totalRevenue).toBe(a.revenue);
    // The fresh run is current in turn.
    expect(runOf(withDb(project, ensureSegments))).toMatchObject({ id: after.id, ranNow: false });
  });

  it('treats a deletion in the same millisecond as the run as after it, and a run in the same millisecond as the deletion as after that', async () => {
    const { project, a, idB } = await twoOrderDatasets();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2099-03-04T05:06:07.089Z'));
    withDb(project, (db) => {
      const saved = runOf(ensureSegments(db));
      deleteDataset(db, idB);
      expect(dataChangedAt(db)).toBe('2099-03-04T05:06:07.089Z');
      expect(isAnalysisCurrent(db, { id: saved.id, createdAt: saved.createdAt })).toBe(false);
      const fresh = runOf(ensureSegments(db));
      expect(fresh.ranNow).toBe(true);
      expect(fresh.result.customers).toBe(a.customerIds.size);
      // Still the same millisecond: the run saved after the deletion is reused.
      expect(runOf(ensureSegments(db))).toMatchObject({ id: fresh.id, ranNow: false });
    });
  });

  it('reports missing orders once the only orders are deleted, and never brings back the old run', async () => {
    const dir = tempDir('roi-runs-');
    const project = join(dir, 'p.roi');
    const orders = writeOrders(join(dir, 'orders.csv'), 'o', 1, 40);
    const { dataset } = await importFile({ project, file: orders.file, kind: 'orders' });
    const old = runOf(withDb(project, ensureSegments));
    withDb(project, (db) => deleteDataset(db, dataset.id));
    expect(withDb(project, ensureSegments)).toEqual({ missing: 'noOrders' });
    expect(previewReport({ project, lang: 'en', sections: ['segments'] }).skipped).toEqual([{ section: 'segments', reason: 'no orders imported.' }]);
    // The same customers come back in a smaller file: the old run (40 customers) is not reused.
    const fewer = writeOrders(join(dir, 'fewer.csv'), 'f', 1, 25);
    await importFile({ project, file: fewer.file, kind: 'orders' });
    const now = runOf(withDb(project, ensureSegments));
    expect(now.ranNow).toBe(true);
    expect(now.id).not.toBe(old.id);
    expect(now.result.customers).toBe(25);
    expect(now.result.totalRevenue).toBe(fewer.revenue);
  });

  it('recomputes after another import', async () => {
    const dir = tempDir('roi-runs-');
    const project = join(dir, 'p.roi');
    const a = writeOrders(join(dir, 'a.csv'), 'a', 1, 40);
    await importFile({ project, file: a.file, kind: 'orders' });
    const before = runOf(withDb(project, ensureSegments));
    expect(runOf(withDb(project, ensureSegments)).ranNow).toBe(false);
    const b = writeOrders(join(dir, 'b.csv'), 'b', 41, 60);
    await importFile({ project, file: b.file, kind: 'orders' });
    const after = runOf(withDb(project, ensureSegments));
    expect(after.ranNow).toBe(true);
    expect(after.id).toBeGreaterThan(before.id);
    expect(after.result.customers).toBe(60);
  });
});

describe('projects whose imports no change was recorded for (older versions)', () => {
  it('order runs and imports by the clock, a tie counting as out of date', async () => {
    const dir = tempDir('roi-runs-');
    const project = join(dir, 'p.roi');
    const { dataset } = await importFile({ project, file: writeOrders(join(dir, 'o.csv'), 'o', 1, 10).file, kind: 'orders' });
    withDb(project, (db) => {
      // As an older version leaves a project: the import is known only by its imported_at.
      db.prepare("DELETE FROM project_meta WHERE key = 'data_changed'").run();
      const id = saveAnalysis(db, 'segments', {}, {});
      const at = (iso: string) => ({ id, createdAt: iso });
      expect(dataChangedAt(db)).toBe(dataset.importedAt);
      expect(isAnalysisCurrent(db, at('2099-01-01T00:00:00.000Z'))).toBe(true);
      expect(isAnalysisCurrent(db, at(dataset.importedAt))).toBe(false);
      expect(isAnalysisCurrent(db, at('2000-01-01T00:00:00.000Z'))).toBe(false);
      // An older version imports again later: runs before that import are out of date.
      db.prepare('UPDATE datasets SET imported_at = ? WHERE id = ?').run('2099-06-01T00:00:00.000Z', dataset.id);
      expect(isAnalysisCurrent(db, at('2099-01-01T00:00:00.000Z'))).toBe(false);
    });
  });
});
