/**
 * What the spreadsheet readers hand to the import pipeline: raw, trimmed string cells in
 * batches, numbered like the rows a user sees in Excel, plus enough facts about the file
 * (format, encoding, sheet) to record where a dataset came from.
 */

/** `pipe` is a `|`-separated text file; the other three name their delimiter. */
export type TableFormat = 'csv' | 'tsv' | 'semicolon' | 'pipe' | 'xlsx';

import type { TextEncoding } from '@shared/text-encodings.js';
import type { GbkCells } from './gbk-cells.js';

export type { TextEncoding };

/**
 * Consecutive data rows: `rows[i]` is spreadsheet row `firstRow + i` (the header is
 * normally row 1). A skipped blank row ends a batch, so that sum stays true.
 *
 * With the `byteLines` option a batch may instead carry `lines` (and `rows` is empty):
 * a stretch of a text file without quotes, or rows of a sheet (xlsx-lines.ts), as UTF-8
 * bytes, so that the import can type it without making a string of every cell.
 */
export interface RowBatch {
  firstRow: number;
  rows: string[][];
  lines?: ByteLines;
}

/**
 * Non-blank lines of well-formed UTF-8 text: line i is bytes[starts[i], ends[i]) (newline
 * excluded, cells untrimmed), spreadsheet row rows[i]. From a text file they hold no quote;
 * a sheet's are split by 0xFF, which no cell can hold (their cells come trimmed).
 */
export interface ByteLines {
  bytes: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  rows: Int32Array;
  count: number;
  /** The delimiter, as a byte. */
  delimiter: number;
  /** Set when the bytes are GB18030, not UTF-8 (gbk-cells.ts). */
  gbk?: GbkCells;
}

export interface TableSource {
  /** Path as given to `openTable`. */
  file: string;
  format: TableFormat;
  /**
   * Text encoding, or 'xlsx'. A text file whose first 64 KB are pure ASCII is read as
   * UTF-8; if GBK bytes appear later the value turns to 'GB18030' during iteration.
   */
  readonly encoding: TextEncoding | 'xlsx';
  /** Text files: the sniffed delimiter (`,` `\t` `;` `|`). */
  delimiter?: string;
  /** xlsx: the sheet being read, and every sheet name in workbook order. */
  sheet?: string;
  sheets?: string[];
  /** Trimmed header cells; empty ones become `column N`, repeats get ` (2)`, ` (3)`… */
  headers: string[];
  /** Spreadsheet row number of the header: the first non-blank row (normally 1). */
  headerRow: number;
  /** File size in bytes, for progress. */
  bytesTotal: number;
  /** Bytes consumed from the file so far. */
  bytesRead(): number;
  /** Data rows after the header; blank rows skipped. Iterate once. */
  batches(): AsyncIterable<RowBatch>;
  /** Releases the file; safe to call twice, called by `batches()` when it ends or is left. */
  close(): Promise<void>;
}

export interface OpenTableOptions {
  /** xlsx: sheet name to read (default: the first visible sheet). */
  sheet?: string;
  signal?: AbortSignal;
  /** Text files: hand quote-free stretches over as ByteLines (see RowBatch); workbooks: every row. */
  byteLines?: boolean;
  /** With `byteLines`, a workbook is read in a thread of its own while its rows are typed (thread-table.ts). */
  readerThread?: boolean;
  /** Text files: read in this encoding instead of the detected one (the user's choice). */
  encoding?: TextEncoding;
}

export interface PreviewOptions {
  sheet?: string;
  encoding?: TextEncoding;
  /** Data rows to return (default 20). */
  rows?: number;
}

export interface TablePreview {
  format: TableFormat;
  encoding: TextEncoding | 'xlsx';
  delimiter?: string;
  sheet?: string;
  sheets?: string[];
  headers: string[];
  rows: string[][];
}
