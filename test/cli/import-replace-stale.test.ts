/**
 * `import --replace` deletes the dataset a file produced and imports the file again: the
 * old rows must be gone (not counted twice), and the analyses saved before it must not be
 * reused by the next report, even though the rows come back the same.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../src-main/store/project.js';
import { dataChangedAt } from '../../src-main/store/datasets.js';
import { ensureSegments } from '../../src-main/report/analysis-runs.js';
import { runJson, tempDir } from '../helpers/cli.js';
import { writeOrders } from '../helpers/orders-fixture.js';

function reportRun(project: string) {
  const db = openProject(project);
  try {
    const o = ensureSegments(db);
    if (!('run' in o)) throw new Error(`expected a run, got ${JSON.stringify(o)}`);
    return { run: o.run, changedAt: dataChangedAt(db) };
  } finally {
    db.close();
  }
}

describe('import --replace', () => {
  it('makes the analyses saved before it out of date', () => {
    const dir = tempDir('roi-replace-');
    const project = join(dir, 'p.roi');
    const orders = writeOrders(join(dir, 'orders.csv'), 'o', 1, 40);
    runJson(['import', orders.file, '--project', project]);
    const [first] = runJson<{ datasets: { id: number; importedAt: string }[] }>(['datasets', '--project', project]).datasets;
    const segments = runJson<{ analysisId: number; customers: number }>(['segments', '--project', project]);
    expect(segments.customers).toBe(orders.customerIds.size);

    // Nothing changed since the CLI's run: the report takes it as it is.
    const untouched = reportRun(project);
    expect(untouched.run).toMatchObject({ id: segments.analysisId, ranNow: false });
    expect(untouched.changedAt).toBe(first.importedAt);

    const again = runJson<{ dataset: { id: number; rowsImported: number } }>(['import', orders.file, '--project', project, '--replace']);
    expect(again.dataset.id).not.toBe(first.id);
    expect(again.dataset.rowsImported).toBe(orders.rows);
    const db = openProject(project);
    try {
      expect(db.prepare('SELECT dataset_id AS id, count(*) AS n FROM orders GROUP BY dataset_id').all()).toEqual([{ id: again.dataset.id, n: orders.rows }]);
    } finally {
      db.close();
    }

    const replaced = reportRun(project);
    expect(replaced.changedAt > first.importedAt).toBe(true);
    expect(replaced.run.ranNow).toBe(true);
    expect(replaced.run.id).toBeGreaterThan(segments.analysisId);
    expect(replaced.run.result.customers).toBe(orders.customerIds.size);
    expect(replaced.run.result.totalRevenue).toBe(orders.revenue);
  });
});
