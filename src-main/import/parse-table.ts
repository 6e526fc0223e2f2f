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
import type { FromParser, ParsedBatch, ParseRequest, TextColumn } from './parse-protocol.js';

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
      const numbers = numeric.map((isNumber) => (isNumber ? new Float64Array(n) : null));
      const texts = numeric.map((isNumber) => (isNumber ? null : new TextColumnBuilder(n)));
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
        for (let c = 0; c < numeric.length; c++) {
          const v = typed.values[c] ?? null;
          if (numeric[c]) numbers[c]![kept] = v === null ? NaN : (v as number);
          else texts[c]!.put(kept, v as string | null);
        }
        kept++;
      }
      rowsRead += n;
      await emit({
        type: 'batch',
        rows: rows.subarray(0, kept),
        duplicateOf: duplicateOf.subarray(0, kept),
        values: numeric.map((isNumber, c) => (isNumber ? numbers[c]!.subarray(0, kept) : texts[c]!.column(kept))),
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

/** Text cells of one column as codes into a dictionary of the distinct values. */
class TextColumnBuilder {
  private readonly codes: Int32Array;
  private readonly dictionary: (string | null)[] = [];
  private readonly index = new Map<string | null, number>();

  constructor(size: number) {
    this.codes = new Int32Array(size);
  }

  put(at: number, value: string | null): void {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.dictionary.push(value) - 1;
      this.index.set(value, code);
    }
    this.codes[at] = code;
  }

  column(length: number): TextColumn {
    return { codes: this.codes.subarray(0, length), dictionary: this.dictionary };
  }
}

function recordDateOrders(typer: RowTyper, kind: DatasetKind, headers: readonly string[], sample: readonly string[][], out: Record<string, string>): void {
  KIND_ROLES[kind].forEach((spec, i) => {
    const at = typer.sources[i];
    if (at < 0 || (spec.type !== 'date' && spec.type !== 'datetime')) return;
    out[headers[at]] = detectDateOrder(sample.map((r) => r[at] ?? '').filter((v) => v !== '').slice(0, 1000));
  });
}
