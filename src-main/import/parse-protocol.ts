/**
 * Messages from the parse thread (read → plan → type → find duplicate candidates) to
 * the thread that owns the project and writes (see pipeline.ts). Numbers travel as
 * Float64Arrays (NaN = empty), transferred without copying; text as string arrays.
 */
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { ErrorInfo } from '@shared/errors.js';
import type { QualityReport } from '@shared/datasets.js';
import type { RowIssue } from './row-typer.js';

export interface ParseRequest {
  file: string;
  sheet?: string;
  kind?: DatasetKind;
  mapping?: ColumnMapping;
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
  /** Stored columns in order, and which of them are numeric. */
  columns: string[];
  numeric: boolean[];
  bytesTotal: number;
}

export interface ParsedBatch {
  type: 'batch';
  /** Spreadsheet row numbers of the rows that typed cleanly. */
  rows: Int32Array;
  /** For each of those rows: the earlier row with the same cells' hash, or −1. */
  duplicateOf: Int32Array;
  /**
   * One entry per stored column: Float64Array for numeric columns; text columns as codes
   * into a per-batch dictionary (dates, channels, campaigns repeat: a code travels for
   * free where every string would be copied twice).
   */
  values: (Float64Array | TextColumn)[];
  rejected: { row: number; cells: string[]; issues: RowIssue[] }[];
  rowsRead: number;
  bytesRead: number;
}

export interface TextColumn {
  codes: Int32Array;
  dictionary: (string | null)[];
}

/** The value of row `i` of a parsed column (NaN stands for an empty number). */
export function cellOf(column: Float64Array | TextColumn, i: number): string | number | null {
  if (column instanceof Float64Array) {
    const v = column[i];
    return v !== v ? null : v; // v !== v: NaN
  }
  return column.dictionary[column.codes[i]];
}

export interface ParsedEnd {
  type: 'end';
  rowsRead: number;
  encoding: string;
  /** `seconds` is filled in by the writer, which knows when the import ended. */
  quality: QualityReport;
}

export type FromParser = ParsedHead | ParsedBatch | ParsedEnd | { type: 'failed'; error: ErrorInfo };
export type ToParser = { type: 'start'; request: ParseRequest } | { type: 'ack' };
