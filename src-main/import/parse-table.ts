/**
 * The parse half of an import: reads the table, decides kind and mapping, types every
 * row and hashes its raw cells, emitting packed batches. It never touches the project,
 * so it runs on its own thread beside the writer (which also finds the duplicates and
 * counts the quality report: that thread has time to spare while SQLite writes).
 */
import { basename } from 'node:path';
import { AppError } from '@shared/errors.js';
import { KIND_ROLES } from '@shared/kinds.js';
import type { DatasetKind } from '@shared/kinds.js';
import { packBatch } from '../store/batch/layout.js';
import { openTable } from './read/index.js';
import type { RowBatch, TableSource } from './read/types.js';
import { planImport } from './plan.js';
import { filledColumns, makeBatchTyper } from './batch-typer.js';
import type { BatchTyper } from './batch-typer.js';
import { hashCells } from './fingerprint.js';
import { detectDateOrder } from './values/index.js';
import type { FromParser, ParsedBatch, ParseRequest } from './parse-protocol.js';

export async function parseTable(request: ParseRequest, emit: (m: FromParser) => Promise<void>, signal?: AbortSignal): Promise<void> {
  const name = basename(request.file);
  const source = await openTable(request.file, { sheet: request.sheet, signal });
  try {
    const plan = planImport(name, source.headers, request.kind, request.mapping);
    await emit({
      type: 'head',
      headers: source.headers,
      format: source.format,
      encoding: source.encoding,
      sheet: source.sheet ?? null,
      sheets: source.sheets ?? [],
      kind: plan.kind,
      mapping: plan.mapping,
      columns: [...filledColumns(plan.kind, source.headers, plan.mapping).columns],
      bytesTotal: source.bytesTotal,
    });
    const dateOrders: Record<string, string> = {};
    let typer: BatchTyper | undefined;
    let rowsRead = 0;
    let rowsExpected = 0;
    for await (const batch of source.batches()) {
      if (signal?.aborted) throw new AppError('error.cancelled');
      if (!typer) {
        typer = makeBatchTyper(plan.kind, source.headers, plan.mapping, batch.rows);
        recordDateOrders(typer, plan.kind, source.headers, batch.rows, dateOrders);
        rowsExpected = estimateRows(source, batch);
      }
      rowsRead += batch.rows.length;
      await emit({ ...typeBatch(batch, typer), rowsRead, bytesRead: source.bytesRead(), rowsExpected });
    }
    if (rowsRead === 0) throw new AppError('error.headerOnly', { file: name });
    await emit({ type: 'end', rowsRead, encoding: source.encoding, dateOrders });
  } finally {
    await source.close();
  }
}

/** Types one batch and sets rejected rows aside with their reasons. */
function typeBatch(batch: RowBatch, typer: BatchTyper): Omit<ParsedBatch, 'rowsRead' | 'bytesRead' | 'rowsExpected'> {
  const n = batch.rows.length;
  const typed = typer.type(batch.rows);
  const rowNumbers = new Int32Array(n);
  const keep = new Int32Array(n);
  const hashes = new Float64Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    rowNumbers[i] = batch.firstRow + i;
    if (typed.bad[i] === 1) continue;
    hashes[kept] = hashCells(batch.rows[i]);
    keep[kept++] = i;
  }
  const rejected = typed.rejected.map(({ index, issues }) => ({ row: batch.firstRow + index, cells: batch.rows[index], issues }));
  return { type: 'batch', packed: packBatch(rowNumbers, keep.subarray(0, kept), typed.columns), hashes: hashes.slice(0, kept), rejected };
}

/**
 * Rows in the whole file, from the first batch's UTF-8 bytes per row (a GBK file has
 * fewer bytes, so its rows are underestimated and the writer's duplicate set grows later).
 */
function estimateRows(source: TableSource, first: RowBatch): number {
  if (source.format === 'xlsx') return first.rows.length; // compressed: its size says little
  let bytes = 0;
  for (const cells of first.rows) bytes += Buffer.byteLength(cells.join(',')) + 1;
  return Math.ceil((source.bytesTotal / Math.max(1, bytes)) * first.rows.length * 1.02);
}

function recordDateOrders(typer: BatchTyper, kind: DatasetKind, headers: readonly string[], sample: readonly string[][], out: Record<string, string>): void {
  KIND_ROLES[kind].forEach((spec, i) => {
    const at = typer.sources[i];
    if (at < 0 || (spec.type !== 'date' && spec.type !== 'datetime')) return;
    out[headers[at]] = detectDateOrder(sample.map((r) => r[at] ?? '').filter((v) => v !== '').slice(0, 1000));
  });
}
