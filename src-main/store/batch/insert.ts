/**
 * Writes packed batches (layout.ts) into a dataset's table. With the batch_rows
 * extension a batch is one `INSERT … SELECT` that SQLite runs row by row itself; without
 * it, the same rows go through multi-row INSERTs bound from JavaScript.
 */
import type { Database } from 'better-sqlite3';
import type { DatasetKind } from '@shared/kinds.js';
import { prepareBatchInsert, prepareInsert } from '../tables.js';
import type { BatchView } from './layout.js';
import { loadBatchRows } from './native.js';

export interface BatchInserter {
  /** True when batches go through the batch_rows extension. */
  readonly native: boolean;
  /** Stores the kept rows of `batch`, whose columns are `columns` in order. */
  insert(batch: BatchView): void;
}

/** better-sqlite3's cost is per call: 64 rows a call is where it stops paying off. */
const ROWS_PER_INSERT = 64;

export function makeBatchInserter(db: Database, kind: DatasetKind, datasetId: number, columns: readonly string[]): BatchInserter {
  if (loadBatchRows(db)) return nativeInserter(db, kind, datasetId, columns);
  return scriptInserter(db, kind, datasetId, columns);
}

function nativeInserter(db: Database, kind: DatasetKind, datasetId: number, columns: readonly string[]): BatchInserter {
  const statement = prepareBatchInsert(db, kind, datasetId, columns);
  return {
    native: true,
    insert(batch) {
      if (batch.columns !== columns.length) throw new Error(`batch has ${batch.columns} columns, expected ${columns.length}`);
      if (batch.kept > 0) statement.run(Buffer.from(batch.buffer));
    },
  };
}

function scriptInserter(db: Database, kind: DatasetKind, datasetId: number, columns: readonly string[]): BatchInserter {
  const bulk = prepareInsert(db, kind, datasetId, columns, ROWS_PER_INSERT);
  const single = prepareInsert(db, kind, datasetId, columns, 1);
  const width = columns.length + 1;
  const args = new Array<string | number | null>(width * ROWS_PER_INSERT);
  return {
    native: false,
    insert(batch) {
      if (batch.columns !== columns.length) throw new Error(`batch has ${batch.columns} columns, expected ${columns.length}`);
      let pending = 0;
      for (let k = 0; k < batch.kept; k++) {
        const i = batch.keptIndex(k);
        let at = pending * width;
        args[at++] = batch.rowNumbers[i];
        for (let c = 0; c < columns.length; c++) args[at++] = batch.cell(c, i);
        if (++pending === ROWS_PER_INSERT) {
          bulk.run(args);
          pending = 0;
        }
      }
      for (let r = 0; r < pending; r++) single.run(args.slice(r * width, (r + 1) * width));
    },
  };
}
