/**
 * Gathers tokenized records into the header and row batches. A batch only holds
 * consecutive spreadsheet rows, so `firstRow + i` is always the true row of `rows[i]`:
 * a skipped blank row (or a row missing from an xlsx sheet) starts a new batch.
 */
import type { RecordSink } from './delimited-tokenizer.js';
import type { ByteLines, RowBatch } from './types.js';

/** Rows per batch: big enough to amortise per-batch work, small enough to cancel promptly. */
export const BATCH_ROWS = 8192;

export class BatchCollector implements RecordSink {
  header: string[] | null = null;
  headerRow = 0;
  dataRows = 0;
  /** Completed batches, oldest first. */
  readonly ready: RowBatch[] = [];
  private rows: string[][] = [];
  private firstRow = 0;
  private nextRow = 0;

  record(cells: string[], row: number): void {
    if (row < 1) return; // a line before the table, such as Excel's `sep=;`
    if (this.header === null) {
      this.header = cells;
      this.headerRow = row;
      return;
    }
    if (this.rows.length > 0 && (row !== this.nextRow || this.rows.length >= BATCH_ROWS)) this.flush();
    if (this.rows.length === 0) this.firstRow = row;
    this.rows.push(cells);
    this.nextRow = row + 1;
    this.dataRows++;
  }

  /** A stretch of byte lines is a batch of its own (after the rows gathered so far). */
  recordLines(lines: ByteLines): void {
    if (lines.count === 0) return;
    this.flush();
    this.ready.push({ firstRow: lines.rows[0], rows: [], lines });
    this.nextRow = lines.rows[lines.count - 1] + 1;
    this.dataRows += lines.count;
  }

  /** Moves the batch being filled to `ready`. */
  flush(): void {
    if (this.rows.length === 0) return;
    this.ready.push({ firstRow: this.firstRow, rows: this.rows });
    this.rows = [];
  }
}
