/**
 * Messages from the parse thread (read → plan → type → hash rows; fingerprint the file) to
 * the thread that owns the project and writes (see pipeline.ts). Typed rows travel as
 * one packed ArrayBuffer per batch, transferred without copying.
 */
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { TextEncoding } from '@shared/text-encodings.js';
import type { ErrorInfo } from '@shared/errors.js';
import type { RowIssue } from './batch-typer.js';

export interface ParseRequest {
  file: string;
  sheet?: string;
  /** Text files: the encoding the user chose over the detected one. */
  encoding?: TextEncoding;
  kind?: DatasetKind;
  mapping?: ColumnMapping;
  /** Type plain ASCII stretches from their bytes (default true; false: strings only, for comparison). */
  byteLines?: boolean;
}

export interface ParsedHead {
  type: 'head';
  headers: string[];
  format: string;
  encoding: string;
  sheet: string | null;
  /** Workbooks: every sheet, so the user learns what else the file holds. */
  sheets: string[];
  kind: DatasetKind;
  mapping: ColumnMapping;
  /** The stored columns this file fills, in the order of the packed batches' columns. */
  columns: string[];
  bytesTotal: number;
}

export interface ParsedBatch {
  type: 'batch';
  /**
   * The typed rows, packed (store/batch/layout.ts) and transferred without copying; its
   * keep list names the rows that typed cleanly.
   */
  packed: ArrayBuffer;
  /** For each kept row: a 53-bit hash of its raw cells, for the writer's duplicate check. */
  hashes: Float64Array;
  rejected: { row: number; cells: string[]; issues: RowIssue[] }[];
  rowsRead: number;
  bytesRead: number;
  /** Rows the whole file likely holds (from the first batch's bytes per row). */
  rowsExpected: number;
}

/** The file's sha256, sent as soon as it is known (always before the end). */
export interface ParsedFingerprint {
  type: 'fingerprint';
  sha256: string;
}

export interface ParsedEnd {
  type: 'end';
  rowsRead: number;
  encoding: string;
  /** Per date column (header): the day/month order detected. */
  dateOrders: Record<string, string>;
}

export type FromParser = ParsedHead | ParsedBatch | ParsedFingerprint | ParsedEnd | { type: 'failed'; error: ErrorInfo };
export type ToParser = { type: 'start'; request: ParseRequest } | { type: 'ack' };
