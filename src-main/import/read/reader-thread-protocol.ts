/**
 * Messages between a table read in a thread of its own (reader-thread.ts) and the
 * TableSource standing for it in the import's parse thread (thread-table.ts).
 */
import type { ErrorInfo } from '@shared/errors.js';
import type { TableFormat, TextEncoding } from './types.js';

export interface ReaderRequest {
  file: string;
  sheet?: string;
}

/** A batch's byte lines, their buffers transferred (ByteLines without its Buffer view). */
export interface LinesMessage {
  bytes: ArrayBuffer;
  byteLength: number;
  starts: Int32Array;
  ends: Int32Array;
  rows: Int32Array;
  count: number;
  delimiter: number;
}

export type FromReader =
  | {
      type: 'head';
      format: TableFormat;
      encoding: TextEncoding | 'xlsx';
      sheet?: string;
      sheets?: string[];
      headers: string[];
      headerRow: number;
      bytesTotal: number;
    }
  | { type: 'batch'; firstRow: number; rows: string[][]; lines?: LinesMessage; bytesRead: number }
  | { type: 'end'; bytesRead: number }
  | { type: 'failed'; error: ErrorInfo };

/** One per batch received: the reader keeps a few batches in flight, not the whole sheet. */
export type ToReader = { type: 'ack' };
