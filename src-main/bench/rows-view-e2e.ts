/**
 * The rows view end to end (issue 13): on the 1M-customer project, the pages the window
 * asks for through the services' `dataset.rows`, as a user scrolls, sorts and searches the
 * 4.5M order lines. A sort's first page is a top-N query; a page deep into it needs the
 * view's order, computed once on a thread (row-order-cache.ts), and the pages after it
 * come from that order; a search reads every row once, its next page from the same scan.
 * The reference is the sqlite3 CLI doing the same sort of the same rows.
 */
import { datasetHandlers } from '../services/dataset-handlers.js';
import { openProject } from '../store/project.js';
import { round } from './measure.js';
import { runSqlite } from './cli-run.js';

async function seconds(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return round((performance.now() - t0) / 1000);
}

export async function rowsViewFigures(p: { project: string; rows: number; importSeconds: number }) {
  const rows = datasetHandlers()['dataset.rows']!;
  const db = openProject(p.project);
  const { id: datasetId, n } = db.prepare("SELECT id, rows_imported AS n FROM datasets WHERE kind = 'orders' ORDER BY id LIMIT 1").get() as { id: number; n: number };
  db.close();
  const page = (offset: number, view: object) => rows({ project: p.project, datasetId, offset, limit: 200, ...view });
  const sort = { sort: { column: 'revenue', descending: true } };
  const middle = Math.floor(n / 2);
  const firstPage = await seconds(() => page(0, {}));
  const fileOrderDeep = await seconds(() => page(middle, {}));
  const fileOrderDeepNext = await seconds(() => page(middle + 200, {}));
  const sortedFirstPage = await seconds(() => page(0, sort));
  const sortedDeep = await seconds(() => page(middle, sort));
  const sortedDeepNext = await seconds(() => page(middle + 200, sort));
  const search = { search: 'C12345' };
  const searchFirst = await seconds(() => page(0, search));
  const searchNext = await seconds(() => page(200, search));
  const ref = runSqlite(p.project, 'SELECT max(row) FROM (SELECT row FROM orders ORDER BY revenue IS NULL, revenue DESC, row LIMIT -1)');
  return {
    seconds: sortedDeep,
    firstPageSeconds: firstPage,
    fileOrderDeepSeconds: fileOrderDeep,
    fileOrderDeepNextSeconds: fileOrderDeepNext,
    sortedFirstPageSeconds: sortedFirstPage,
    sortedDeepNextSeconds: sortedDeepNext,
    searchSeconds: searchFirst,
    searchNextPageSeconds: searchNext,
    referenceSeconds: ref.seconds,
    ratio: round(sortedDeep / ref.seconds, 2),
    importSeconds: p.importSeconds,
    fileRows: p.rows,
    reference: 'sqlite3 CLI on the same project: the same sort of every order line (ORDER BY revenue DESC, row)',
  };
}
