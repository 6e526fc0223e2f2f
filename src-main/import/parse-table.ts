/**
 * The parse half of an import: reads the table, decides kind and mapping, types every
 * row and hashes its raw cells, emitting packed batches, and fingerprints the file. It never touches the project,
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
import { sha256File } from './fingerprint.js';
import type { BatchTyper } from './batch-typer.js';
import { linesAsRows } from './read/byte-lines.js';
import { detectDateOrder } from './values/index.js';
import type { FromParser, ParsedBatch, ParseRequest } from './parse-protocol.js';

export async function parseTable(request: ParseRequest, emit: (m: FromParser) => Promise<void>, signal?: AbortSignal): Promise<void> {
  const name = basename(request.file);
  // The file's sha256 is hashed here too, from a read of its own, in this thread's idle
  // moments: the writer is the busier thread (SQLite), and this one waits for it. It is
  // sent as soon as it is done, so a file imported before is refused after the first
  // batches, not after the whole file.
  const fingerprint = sha256File(request.file);
  fingerprint.catch(() => undefined); // a file that fails to open never needs it
  let fingerprintSent = false;
  const sendFingerprint = (sha256: string): void => {
    if (fingerprintSent) return;
    fingerprintSent = true;
    void emit({ type: 'fingerprint', sha256 });
  };
  const byteLines = request.byteLines ?? true;
  const source = await openTable(request.file, { sheet: request.sheet, encoding: request.encoding, signal, byteLines, readerThread: byteLines });
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
    fingerprint.then(sendFingerprint, () => undefined);
    const dateOrders: Record<string, string> = {};
    let typer: BatchTyper | undefined;
    let rowsRead = 0;
    let rowsExpected = 0;
    for await (const batch of source.batches()) {
      if (signal?.aborted) throw new AppError('error.cancelled');
      if (!typer) {
        const sample = batch.lines ? linesAsRows(batch.lines, 8192) : batch.rows;
        typer = makeBatchTyper(plan.kind, source.headers, plan.mapping, sample);
        recordDateOrders(typer, plan.kind, source.headers, sample, dateOrders);
        rowsExpected = estimateRows(source, sample);
      }
      rowsRead += batch.lines ? batch.lines.count : batch.rows.length;
      await emit({ ...typeBatch(batch, typer), rowsRead, bytesRead: source.bytesRead(), rowsExpected });
    }
    if (rowsRead === 0) throw new AppError('error.headerOnly', { file: name });
    sendFingerprint(await fingerprint);
    await emit({ type: 'end', rowsRead, encoding: source.encoding, dateOrders });
  } finally {
    await source.close();
  }
}

/** Types one batch and sets rejected rows aside with their reasons. */
function typeBatch(batch: RowBatch, typer: BatchTyper): Omit<ParsedBatch, 'rowsRead' | 'bytesRead' | 'rowsExpected'> {
  const typed = batch.lines ? typer.typeLines(batch.lines) : typer.type(batch.rows);
  const n = typed.bad.length;
  const rowNumbers = batch.lines ? batch.lines.rows.subarray(0, n) : Int32Array.from({ length: n }, (_, i) => batch.firstRow + i);
  const keep = new Int32Array(n);
  const hashes = new Float64Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (typed.bad[i] === 1) continue;
    hashes[kept] = typed.hashes[i];
    keep[kept++] = i;
  }
  const rejected = typed.rejected.map(({ index, issues, cells }) => ({ row: rowNumbers[index], cells, issues }));
  return { type: 'batch', packed: packBatch(rowNumbers, keep.subarray(0, kept), typed.columns), hashes: hashes.slice(0, kept), rejected };
}

/**
 * Rows in the whole file, from the first batch's bytes per row in the file's encoding (the
 * writer sizes its duplicate set by it: an underestimate makes it grow, and rehash, later).
 */
function estimateRows(source: TableSource, sample: readonly string[][]): number {
  if (source.format === 'xlsx') return sample.length; // compressed: its size says little
  let bytes = 0;
  for (const cells of sample) bytes += encodedLength(cells.join(','), source.encoding) + 1;
  return Math.ceil((source.bytesTotal / Math.max(1, bytes)) * sample.length * 1.02);
}

/** Bytes of `text` in `encoding`: GB18030 (GBK) writes a Chinese character in two bytes, UTF-8 in three. */
export function encodedLength(text: string, encoding: string): number {
  if (encoding === 'GB18030') {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) bytes += text.charCodeAt(i) < 0x80 ? 1 : 2; // a surrogate pair: four
    return bytes;
  }
  if (encoding === 'UTF-16LE' || encoding === 'UTF-16BE') return 2 * text.length;
  return Buffer.byteLength(text);
}

function recordDateOrders(typer: BatchTyper, kind: DatasetKind, headers: readonly string[], sample: readonly string[][], out: Record<string, string>): void {
  KIND_ROLES[kind].forEach((spec, i) => {
    const at = typer.sources[i];
    if (at < 0 || (spec.type !== 'date' && spec.type !== 'datetime')) return;
    out[headers[at]] = detectDateOrder(sample.map((r) => r[at] ?? '').filter((v) => v !== '').slice(0, 1000));
  });
}
