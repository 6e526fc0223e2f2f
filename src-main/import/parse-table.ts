/**
 * The parse half of an import: reads the table, decides kind and mapping, types every
 * row and spots duplicate candidates, emitting column batches. It never touches the
 * project, so it can run on its own thread beside the writer.
 */
import { basename } from 'node:path';
import { AppError } from '@shared/errors.js';
import { KIND_ROLES } from '@shared/kinds.js';
import type { DatasetKind } from '@shared/kinds.js';
import { openTable } from './read/index.js';
import { planImport } from './plan.js';
import { makeRowTyper } from './row-typer.js';
import type { RowTyper } from './row-typer.js';
import { QualityAccumulator } from './quality.js';
import { hashCells } from './fingerprint.js';
import { RowHashSet } from './row-hash-set.js';
import { detectDateOrder } from './values/index.js';
import type { FromParser, ParsedBatch, ParseRequest } from './parse-protocol.js';

const NUMERIC = new Set(['number', 'integer']);

export async function parseTable(request: ParseRequest, emit: (m: FromParser) => Promise<void>, signal?: AbortSignal): Promise<void> {
  const name = basename(request.file);
  const source = await openTable(request.file, { sheet: request.sheet, signal });
  try {
    const plan = planImport(name, source.headers, request.kind, request.mapping);
    const specs = KIND_ROLES[plan.kind];
    const numeric = specs.map((s) => NUMERIC.has(s.type));
    if (plan.kind === 'customers') numeric.push(false); // the `extra` JSON column
    await emit({
      type: 'head',
      headers: source.headers,
      format: source.format,
      encoding: source.encoding,
      sheet: source.sheet ?? null,
      sheets: source.sheets ?? [],
      kind: plan.kind,
      mapping: plan.mapping,
      columns: [...specs.map((s) => s.role), ...(plan.kind === 'customers' ? ['extra'] : [])],
      numeric,
      bytesTotal: source.bytesTotal,
    });
    const quality = new QualityAccumulator(plan.kind, plan.mapping, source.headers);
    const seen = new RowHashSet();
    const dateOrders: Record<string, string> = {};
    let typer: RowTyper | undefined;
    let rowsRead = 0;
    for await (const batch of source.batches()) {
      if (signal?.aborted) throw new AppError('error.cancelled');
      if (!typer) {
        typer = makeRowTyper(plan.kind, source.headers, plan.mapping, batch.rows);
        recordDateOrders(typer, plan.kind, source.headers, batch.rows, dateOrders);
      }
      const n = batch.rows.length;
      const rows = new Int32Array(n);
      const duplicateOf = new Int32Array(n);
      const values = numeric.map((isNumber) => (isNumber ? new Float64Array(n) : new Array<string | null>(n)));
      const rejected: ParsedBatch['rejected'] = [];
      let kept = 0;
      for (let i = 0; i < n; i++) {
        const cells = batch.rows[i];
        const row = batch.firstRow + i;
        const typed = typer.type(cells);
        if (!typed.ok) {
          rejected.push({ row, cells, issues: typed.issues });
          quality.addRejected(typed.issues);
          continue;
        }
        const earlier = seen.firstRowOr(hashCells(cells), row);
        if (earlier === undefined) quality.addImported(typed.values);
        rows[kept] = row;
        duplicateOf[kept] = earlier ?? -1;
        for (let c = 0; c < values.length; c++) {
          const v = typed.values[c] ?? null;
          if (numeric[c]) (values[c] as Float64Array)[kept] = v === null ? NaN : (v as number);
          else (values[c] as (string | null)[])[kept] = v as string | null;
        }
        kept++;
      }
      rowsRead += n;
      await emit({
        type: 'batch',
        rows: rows.subarray(0, kept),
        duplicateOf: duplicateOf.subarray(0, kept),
        values: values.map((col) => (col instanceof Float64Array ? col.subarray(0, kept) : col.slice(0, kept))),
        rejected,
        rowsRead,
        bytesRead: source.bytesRead(),
      });
    }
    if (rowsRead === 0) throw new AppError('error.headerOnly', { file: name });
    await emit({ type: 'end', rowsRead, encoding: source.encoding, quality: quality.report(dateOrders, 0) });
  } finally {
    await source.close();
  }
}

function recordDateOrders(typer: RowTyper, kind: DatasetKind, headers: readonly string[], sample: readonly string[][], out: Record<string, string>): void {
  KIND_ROLES[kind].forEach((spec, i) => {
    const at = typer.sources[i];
    if (at < 0 || (spec.type !== 'date' && spec.type !== 'datetime')) return;
    out[headers[at]] = detectDateOrder(sample.map((r) => r[at] ?? '').filter((v) => v !== '').slice(0, 1000));
  });
}
