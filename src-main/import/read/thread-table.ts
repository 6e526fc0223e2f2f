/**
 * A workbook read in a thread of its own (reader-thread.ts), as a TableSource of byte
 * lines. An import's parse thread types every row; reading a sheet — inflating and
 * scanning its XML, several times the bytes of the same rows as CSV — costs more than
 * typing them, and one thread doing both left the writer thread idle half the time on a
 * two-core machine. Here the sheet is read while the rows before are typed.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '@shared/errors.js';
import { fromErrorInfo } from '../../errors.js';
import { throwIfCancelled } from './abort.js';
import type { FromReader, ReaderRequest, ToReader } from './reader-thread-protocol.js';
import type { RowBatch, TableSource } from './types.js';
import { builtEntry } from '../../built-entry.js';

/** Built beside the other entries (out/main); from sources (vitest) the build output is used. */
function readerUrl(): URL {
  return builtEntry('reader-thread.js', import.meta.url);
}

export async function openThreadTable(request: ReaderRequest, signal?: AbortSignal): Promise<TableSource> {
  throwIfCancelled(signal);
  const worker = new Worker(readerUrl(), { workerData: request, resourceLimits: { maxYoungGenerationSizeMb: 2 } });
  const queue: FromReader[] = [];
  let waiting: ((m: FromReader) => void) | undefined;
  let closed = false;
  const push = (m: FromReader): void => {
    const w = waiting;
    waiting = undefined;
    if (w) w(m);
    else queue.push(m);
  };
  worker.on('message', push);
  worker.on('error', (e) => push({ type: 'failed', error: { code: 'error.workerFailed', params: { detail: e.message } } }));
  worker.on('exit', (code) => {
    if (!closed) push({ type: 'failed', error: { code: 'error.workerFailed', params: { detail: `exit code ${code}` } } });
  });
  const onAbort = (): void => push({ type: 'failed', error: { code: 'error.cancelled', params: {} } });
  signal?.addEventListener('abort', onAbort, { once: true });
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    signal?.removeEventListener('abort', onAbort);
    await worker.terminate();
  };
  /** The next message; a failure is thrown (and the thread stopped). */
  const next = async (): Promise<Exclude<FromReader, { type: 'failed' }>> => {
    const m = queue.shift() ?? (await new Promise<FromReader>((resolve) => (waiting = resolve)));
    if (m.type === 'failed') {
      await close();
      throw fromErrorInfo(m.error);
    }
    return m;
  };

  const head = await next();
  if (head.type !== 'head') {
    await close();
    throw new AppError('error.workerFailed', { detail: `unexpected ${head.type}` });
  }
  let bytesRead = 0;
  let iterated = false;

  async function* batches(): AsyncGenerator<RowBatch> {
    if (iterated) throw new AppError('error.unexpected', { detail: 'batches() can only be iterated once' });
    iterated = true;
    try {
      for (;;) {
        const m = await next();
        if (m.type === 'head') throw new AppError('error.workerFailed', { detail: 'a second head' });
        bytesRead = m.bytesRead;
        if (m.type === 'end') return;
        worker.postMessage({ type: 'ack' } satisfies ToReader);
        throwIfCancelled(signal);
        const lines = m.lines;
        yield lines
          ? {
              firstRow: m.firstRow,
              rows: [],
              lines: { bytes: Buffer.from(lines.bytes, 0, lines.byteLength), starts: lines.starts, ends: lines.ends, rows: lines.rows, count: lines.count, delimiter: lines.delimiter },
            }
          : { firstRow: m.firstRow, rows: m.rows };
      }
    } finally {
      await close();
    }
  }

  return {
    file: request.file,
    format: head.format,
    encoding: head.encoding,
    sheet: head.sheet,
    sheets: head.sheets,
    headers: head.headers,
    headerRow: head.headerRow,
    bytesTotal: head.bytesTotal,
    bytesRead: () => bytesRead,
    batches,
    close,
  };
}
