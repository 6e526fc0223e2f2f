import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { translate } from '@shared/i18n/index.js';
import { openProject } from '../store/project.js';
import { countIssues, deleteDataset, getDataset, listIssues, listRejectedRows } from '../store/datasets.js';
import { readRows, readRowsByNumber, viewColumns } from '../store/dataset-rows.js';
import { RowOrderCache } from './row-order-cache.js';
import { toCsv } from '../export/csv.js';
import type { HandlerMap } from './registry.js';

/** Runs `fn` on an open project and closes it, whatever happens. */
export function withProject<T>(file: string, fn: (db: Database) => T): T {
  const db = openProject(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

export function requireDataset(db: Database, id: number) {
  const dataset = getDataset(db, id);
  if (!dataset) throw new AppError('error.datasetNotFound', { id });
  return dataset;
}

/**
 * How deep into a view a page is still read by a direct query: OFFSET walks every row
 * before the page (and, sorted, sorts them all), 0.1 s at row four million in file order and
 * 16 s sorted, for every page a scroll passes.
 */
const DIRECT_ROWS = 2_000;

export function datasetHandlers(rowOrders = new RowOrderCache()): Partial<HandlerMap> {
  return {
    'dataset.issues': ({ project, datasetId, offset, limit }) =>
      withProject(project, (db) => {
        requireDataset(db, datasetId);
        return { issues: listIssues(db, datasetId, limit, offset), total: countIssues(db, datasetId) };
      }),
    'dataset.rows': async ({ project, datasetId, offset, limit, search, sort }) => {
      const view = { search, sort };
      // The first pages are read directly (sorted, SQLite keeps only the top rows while it
      // scans); a search, or a page deeper in, from the view's order computed once.
      const direct = !search?.trim() && offset + limit <= DIRECT_ROWS;
      const first = withProject(project, (db) => {
        const d = requireDataset(db, datasetId);
        return { d, rows: direct ? readRows(db, datasetId, d.kind, view, limit, offset) : null };
      });
      const { d } = first;
      if (first.rows) return { columns: viewColumns(d.kind), rows: first.rows, total: d.rowsImported };
      const order = await rowOrders.rowNumbers(project, d, view);
      const rows = withProject(project, (db) => readRowsByNumber(db, datasetId, d.kind, order.subarray(offset, offset + limit)));
      return { columns: viewColumns(d.kind), rows, total: order.length };
    },
    'dataset.rejectedCsv': ({ project, datasetId, lang }) =>
      withProject(project, (db) => {
        const d = requireDataset(db, datasetId);
        const issues = listIssues(db, datasetId, 1_000_000);
        const reasons = new Map<number, string[]>();
        for (const i of issues) {
          const text = `${i.column ? `${i.column}: ` : ''}${translate(lang, i.code, { value: i.value ?? '' })}`;
          reasons.set(i.row, [...(reasons.get(i.row) ?? []), text]);
        }
        const headers = [translate(lang, 'ui.quality.issue.row'), translate(lang, 'ui.quality.issue.problem'), ...d.quality.headers];
        const rows = listRejectedRows(db, datasetId).map((r) => [String(r.row), (reasons.get(r.row) ?? []).join('; '), ...r.cells]);
        return { fileName: `${d.file.replace(/\.[^.]+$/, '')}-rejected.csv`, csv: toCsv([headers, ...rows]) };
      }),
    'dataset.delete': ({ project, datasetId }) =>
      withProject(project, (db) => {
        requireDataset(db, datasetId);
        deleteDataset(db, datasetId);
        return { deleted: true };
      }),
  };
}
