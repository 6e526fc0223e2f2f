/**
 * The header-then-batches protocol every reader shares: `pump` feeds the collector one
 * piece of the source at a time (false when the source is spent), `close` releases it.
 */
import { AppError } from '@shared/errors.js';
import { throwIfCancelled } from './abort.js';
import type { BatchCollector } from './batch-collector.js';
import type { RowBatch } from './types.js';

type Pump = () => Promise<boolean>;
type Close = () => Promise<void>;

/** Pumps until the header row is known; with no header the source is empty (and closed). */
export async function readHeaderRow(collector: BatchCollector, pump: Pump, close: Close, file: string): Promise<string[]> {
  try {
    while (collector.header === null && (await pump()));
    if (collector.header === null) throw new AppError('error.fileEmpty', { file });
    return collector.header;
  } catch (e) {
    await close();
    throw e;
  }
}

/** The data batches, iterable once; a header without rows is an error; the source is closed at the end. */
export function drainBatches(collector: BatchCollector, pump: Pump, close: Close, file: string, signal?: AbortSignal): () => AsyncGenerator<RowBatch> {
  let iterated = false;
  return async function* batches(): AsyncGenerator<RowBatch> {
    if (iterated) throw new AppError('error.unexpected', { detail: 'batches() can only be iterated once' });
    iterated = true;
    try {
      for (;;) {
        let batch = collector.ready.shift();
        while (batch) {
          throwIfCancelled(signal);
          yield batch;
          batch = collector.ready.shift();
        }
        if (!(await pump()) && collector.ready.length === 0) break;
      }
      if (collector.dataRows === 0) throw new AppError('error.headerOnly', { file });
    } finally {
      await close();
    }
  };
}
