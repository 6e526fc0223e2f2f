/**
 * Imports a file with the batch_rows extension or the JavaScript writer and returns
 * everything the import stored (rows of every kind, rejected rows, issues, the dataset's
 * counts and quality report), in a form two projects can be compared by.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATASET_KINDS } from '@shared/kinds.js';
import { isAppError } from '@shared/errors.js';
import { importFile } from '../../src-main/import/pipeline.js';
import type { ImportRequest } from '../../src-main/import/pipeline.js';

export type Writer = 'native' | 'javascript';

export interface StoredImport {
  /** The AppError code and params when the import was refused, else null. */
  error: { code: string; params: Record<string, string | number> } | null;
  datasets: unknown[];
  rows: Record<string, unknown[]>;
  rejected: unknown[];
  issues: unknown[];
}

let projects = 0;

/** Imports `file` into a fresh project in `dir` with the given writer; unexpected errors are thrown. */
export async function importWith(writer: Writer, dir: string, request: Omit<ImportRequest, 'project'>): Promise<StoredImport> {
  const project = join(dir, `stored-${process.pid}-${projects++}.roi`);
  const before = process.env.ROI_STUDIO_NATIVE;
  process.env.ROI_STUDIO_NATIVE = writer === 'native' ? 'on' : 'off';
  let error: StoredImport['error'] = null;
  try {
    await importFile({ ...request, project });
  } catch (e) {
    if (!isAppError(e)) throw e;
    error = { code: e.code, params: e.params };
  } finally {
    if (before === undefined) delete process.env.ROI_STUDIO_NATIVE;
    else process.env.ROI_STUDIO_NATIVE = before;
  }
  if (error) return { error, datasets: [], rows: {}, rejected: [], issues: [] };
  return { error, ...storedData(project) };
}

/** What a project holds, without the moments and durations that differ between two runs. */
export function storedData(project: string): Omit<StoredImport, 'error'> {
  const db = new Database(project, { readonly: true });
  try {
    const datasets = (db.prepare('SELECT * FROM datasets ORDER BY id').all() as Record<string, unknown>[]).map((d) => {
      const quality = JSON.parse(String(d.quality)) as Record<string, unknown>;
      delete quality.seconds;
      return { ...d, imported_at: null, quality };
    });
    const rows: Record<string, unknown[]> = {};
    for (const kind of DATASET_KINDS) rows[kind] = db.prepare(`SELECT * FROM ${kind} ORDER BY dataset_id, row`).all();
    const rejected = db.prepare('SELECT dataset_id, row, cells FROM rejected_rows ORDER BY dataset_id, row').all();
    const issues = db.prepare('SELECT dataset_id, row, column_name, code, value FROM import_issues ORDER BY dataset_id, row, rowid').all();
    return { datasets, rows, rejected, issues };
  } finally {
    db.close();
  }
}
