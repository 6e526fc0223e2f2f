/**
 * A sorted or searched rows view is computed once and then paged by row number (issue 13):
 * every page, however deep, is the page SQLite's own ORDER BY … OFFSET gives, its count is
 * the number of matches, and a write to the project makes the
 * next request compute the view again.
 * Needs the built parse worker (`npm test` builds first).
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import/pipeline.js';
import { openProject } from '../store/project.js';
import { readRows } from '../store/dataset-rows.js';
import { tempDir } from '../../test/helpers/cli.js';
import { datasetHandlers } from './dataset-handlers.js';
import { RowOrderCache } from './row-order-cache.js';

const dir = tempDir('roi-row-order-');
const project = `${dir}/p.roi`;

async function imported(name: string, rows: number, seed: number): Promise<number> {
  const file = `${dir}/${name}.csv`;
  const lines = ['order_id,customer_id,date,revenue,quantity'];
  // Revenue with many ties and some empty quantities: the order must fall back on the row number.
  for (let i = 0; i < rows; i++) lines.push(`O${i},c${(i * seed) % 997},2025-0${1 + (i % 9)}-1${i % 10},${(i * 37) % 101},${i % 7 === 0 ? '' : i % 13}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return (await importFile({ project, file, kind: 'orders' })).dataset.id;
}

describe('the rows view of a sorted or searched dataset', () => {
  it('reads every page from one computed order, the same rows as a sort per page, and computes it again after a write', async () => {
    const datasetId = await imported('orders', 6000, 31);
    const cache = new RowOrderCache();
    const rows = datasetHandlers(cache)['dataset.rows']!;
    const sort = { column: 'revenue', descending: true };
    const direct = (offset: number, limit: number, view: { search?: string; sort?: typeof sort }) => {
      const db = openProject(project);
      try {
        return readRows(db, datasetId, 'orders', view, limit, offset);
      } finally {
        db.close();
      }
    };
    // The first pages of a sort are a direct query; deeper ones come from the view's order, computed once.
    for (const offset of [0, 1800, 2400, 5900, 3000]) {
      const page = (await rows({ project, datasetId, offset, limit: 200, sort })) as { rows: unknown[][]; total: number };
      expect(page.total).toBe(6000);
      expect(page.rows).toEqual(direct(offset, 200, { sort }));
    }
    expect(cache.computed).toBe(1);
    // The file's order deep in: the same rows OFFSET gives.
    const deep = (await rows({ project, datasetId, offset: 4321, limit: 100 })) as { rows: unknown[][] };
    expect(deep.rows).toEqual(direct(4321, 100, {}));
    expect(cache.computed).toBe(2);
    // A search: its count and every page from one scan.
    const searched = async (offset: number) => (await rows({ project, datasetId, offset, limit: 50, search: 'c1' })) as { rows: unknown[][]; total: number };
    const first = await searched(0);
    const db = openProject(project);
    const matches = (db.prepare("SELECT count(*) FROM orders WHERE dataset_id = ? AND (customer_id LIKE '%c1%' OR order_id LIKE '%c1%')").pluck().get(datasetId) as number);
    db.close();
    expect(first.total).toBe(matches);
    expect(first.total).toBeGreaterThan(100);
    expect((await searched(100)).rows).toEqual(direct(100, 50, { search: 'c1' }));
    expect(cache.computed).toBe(3);
    // The project written (every other row gone): the view is computed again, not served stale.
    const write = openProject(project);
    write.prepare('DELETE FROM orders WHERE dataset_id = ? AND row % 2 = 0').run(datasetId);
    write.close();
    const after = await searched(100);
    expect(after.total).toBeLessThan(first.total);
    expect(after.rows).toEqual(direct(100, 50, { search: 'c1' }));
    expect(cache.computed).toBe(4);
  });
});
