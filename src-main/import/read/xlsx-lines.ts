/**
 * The rows of a worksheet as byte lines (ByteLines, types.ts), written by the sheet scanner
 * (xlsx-sheet-scanner.ts) cell by cell: each row one line of its cells' trimmed UTF-8 text,
 * separated by 0xFF — a byte UTF-8 never holds, so no cell can contain the delimiter and
 * the import types them from the bytes as it types a CSV's (batch-typer.ts), with no
 * string per cell. Read with strings (previews, `byteLines` off), the same lines are
 * decoded, so both ways see one text.
 *
 * A row is as long as its last filled cell, and at least as wide as the header (the first
 * filled row, kept apart as strings): what the string reader made of it. Batches are cut
 * where BatchCollector cuts them (at a row missing from the sheet, or at BATCH_ROWS rows),
 * so the first batch, whose rows the import samples to decide how to type its columns,
 * is the same either way.
 */
import { BATCH_ROWS } from './batch-collector.js';
import { decodeLine } from './byte-lines.js';
import type { ByteLines } from './types.js';
import { Utf8Builder } from './utf8-builder.js';

/** Separates the cells of a line: never a byte of UTF-8. */
export const XLSX_DELIMITER = 0xff;
const FIRST_CAPACITY = 256 * 1024;

export class XlsxLines extends Utf8Builder {
  /** The header row's cells once read (with `takesHeader`), and its row number. */
  header: string[] | null = null;
  headerRow = 0;
  /** Batches complete, oldest first: take them with `take()`. */
  private readonly ready: ByteLines[] = [];
  private starts = new Int32Array(BATCH_ROWS);
  private ends = new Int32Array(BATCH_ROWS);
  private rows = new Int32Array(BATCH_ROWS);
  private count = 0;
  private nextRow = 0;
  private width = 0;
  /** Where the line being written starts, and how many cells it has so far. */
  private lineStart = 0;
  private cells = 0;
  /** Where the open cell starts (its delimiters) and where its text starts. */
  private cellMark = 0;
  valueStart = 0;

  /** `takesHeader`: the first filled row is the header, not a line (and sets the width). */
  constructor(private readonly takesHeader: boolean) {
    super(FIRST_CAPACITY);
  }

  beginRow(row: number): void {
    if (this.count > 0 && (row !== this.nextRow || this.count >= BATCH_ROWS)) this.closeBatch();
    this.lineStart = this.at;
    this.cells = 0;
  }

  /** Opens the cell of `column` (1-based, after the last one): its text follows at `at`. */
  beginCell(column: number): void {
    this.cellMark = this.at;
    // Cell j follows j delimiters; cells - 1 are written (none in an empty line).
    let delimiters = column - 1 - (this.cells > 0 ? this.cells - 1 : 0);
    const out = this.room(delimiters);
    let k = this.at;
    while (delimiters-- > 0) out[k++] = XLSX_DELIMITER;
    this.at = k;
    this.valueStart = k;
  }

  /** Trims the cell's text; an empty one leaves no trace (nor its delimiters). */
  endCell(column: number): void {
    this.trimFrom(this.valueStart);
    if (this.at === this.valueStart) this.at = this.cellMark;
    else this.cells = column;
  }

  /** Forgets the open cell. */
  dropCell(): void {
    this.at = this.cellMark;
  }

  /** Forgets the row being written. */
  undoRow(): void {
    this.at = this.lineStart;
  }

  endRow(row: number): void {
    if (this.cells === 0) {
      this.at = this.lineStart;
      return;
    }
    if (this.takesHeader && this.header === null) {
      this.header = decodeLine(this.bytes, this.lineStart, this.at, XLSX_DELIMITER);
      this.headerRow = row;
      this.width = this.cells;
      this.at = this.lineStart;
      return;
    }
    if (this.cells < this.width) {
      const more = this.width - this.cells;
      const out = this.room(more);
      out.fill(XLSX_DELIMITER, this.at, this.at + more);
      this.at += more;
    }
    const i = this.count++;
    this.starts[i] = this.lineStart;
    this.ends[i] = this.at;
    this.rows[i] = row;
    this.nextRow = row + 1;
  }

  /** The batches completed so far; with `end`, the one being filled too (the sheet is over). */
  take(end = false): ByteLines[] {
    if (end && this.count > 0) this.closeBatch();
    return this.ready.splice(0, this.ready.length);
  }

  private closeBatch(): void {
    // Between rows: nothing of the next row is written yet, it starts a fresh buffer (the
    // import types a batch after the scanner moved on).
    this.ready.push({ bytes: this.bytes, starts: this.starts, ends: this.ends, rows: this.rows, count: this.count, delimiter: XLSX_DELIMITER });
    this.bytes = Buffer.allocUnsafe(Math.max(FIRST_CAPACITY, this.at + (this.at >> 3))); // the next batch is much like this one
    this.at = 0;
    this.lineStart = 0;
    this.starts = new Int32Array(BATCH_ROWS);
    this.ends = new Int32Array(BATCH_ROWS);
    this.rows = new Int32Array(BATCH_ROWS);
    this.count = 0;
  }
}

/** The cells of each line, as strings. */
export function linesAsStringRows(lines: ByteLines): { row: number; cells: string[] }[] {
  const out: { row: number; cells: string[] }[] = [];
  for (let i = 0; i < lines.count; i++) out.push({ row: lines.rows[i], cells: decodeLine(lines.bytes, lines.starts[i], lines.ends[i], lines.delimiter) });
  return out;
}
