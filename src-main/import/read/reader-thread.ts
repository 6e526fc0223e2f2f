/**
 * Entry of the thread that reads a workbook for an import (see thread-table.ts): it
 * inflates and scans the sheet into byte lines while the parse thread types the lines
 * before them. A few batches are in flight at most (the parse thread acknowledges each),
 * so memory stays flat when typing is the slower half.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { toErrorInfo } from '../../errors.js';
import { openTable } from './open-table.js';
import type { FromReader, ReaderRequest, ToReader } from './reader-thread-protocol.js';

const MAX_IN_FLIGHT = 4;
const port = parentPort;
if (!port) throw new Error('reader-thread.ts must run in a worker thread');

let inFlight = 0;
let wake: (() => void) | undefined;
port.on('message', (m: ToReader) => {
  if (m.type !== 'ack') return;
  inFlight--;
  const w = wake;
  wake = undefined;
  w?.();
});

const post = (message: FromReader, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

async function read({ file, sheet }: ReaderRequest): Promise<void> {
  const source = await openTable(file, { sheet, byteLines: true });
  try {
    const { format, encoding, sheets, headers, headerRow, bytesTotal } = source;
    post({ type: 'head', format, encoding, sheet: source.sheet, sheets, headers, headerRow, bytesTotal });
    for await (const batch of source.batches()) {
      const lines = batch.lines;
      const bytesRead = source.bytesRead();
      if (!lines) post({ type: 'batch', firstRow: batch.firstRow, rows: batch.rows, bytesRead });
      else {
        // Every buffer of a batch is its own (xlsx-lines.ts): handed over, not copied.
        const { bytes, starts, ends, rows, count, delimiter } = lines;
        const owned = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? bytes : Buffer.from(bytes);
        const message = { bytes: owned.buffer as ArrayBuffer, byteLength: owned.length, starts, ends, rows, count, delimiter };
        post({ type: 'batch', firstRow: batch.firstRow, rows: [], lines: message, bytesRead }, [message.bytes, starts.buffer as ArrayBuffer, ends.buffer as ArrayBuffer, rows.buffer as ArrayBuffer]);
      }
      if (++inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    }
    post({ type: 'end', bytesRead: source.bytesRead() });
  } finally {
    await source.close();
  }
}

read(workerData as ReaderRequest).then(
  () => port.close(),
  (e: unknown) => {
    post({ type: 'failed', error: toErrorInfo(e) });
    port.close();
  },
);
