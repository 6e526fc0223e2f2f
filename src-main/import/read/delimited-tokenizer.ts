/**
 * Streaming tokenizer for delimited text (CSV, TSV, `;`, `|`) after RFC 4180: a field in
 * double quotes may hold delimiters, newlines and doubled quotes (`""` → `"`); CRLF and LF
 * both end a record (the CR is trimmed with the cell). Lenient where Excel is: a quote in
 * the middle of an unquoted field is a literal, text after a closing quote is kept, spaces
 * before an opening quote are allowed.
 *
 * Speed comes from splitting quote-free stretches with `indexOf` (native scans) and only
 * walking records that contain a quote through the state machine; pure quote-free CSV
 * never enters it. Records are numbered like spreadsheet rows: one per record, blank ones
 * counted but not emitted, a multi-line quoted record counts once.
 */
import { trimmed, trimmedSlice } from './trim-cell.js';
import { MAX_ROW_CHARS } from '../limits.js';

export interface RecordSink {
  /** A non-blank record: cells trimmed, `row` its spreadsheet row number. */
  record(cells: string[], row: number): void;
}

/** A quote opened in `row`, field index `field` (0-based), was never closed. */
export class UnclosedQuoteError extends Error {
  constructor(
    readonly row: number,
    readonly field: number,
  ) {
    super(`quote opened in row ${row}, field ${field + 1}, is never closed`);
    this.name = 'UnclosedQuoteError';
  }
}

/** Row `row` runs past MAX_ROW_CHARS without a line break (a broken file, not a row). */
export class RowTooLongError extends Error {
  constructor(readonly row: number) {
    super(`row ${row} is longer than ${MAX_ROW_CHARS} characters`);
    this.name = 'RowTooLongError';
  }
}

/**
 * A record still open after this many characters is an unclosed quote, not data: Excel
 * caps a cell at 32,767 characters, and waiting longer would hold the file in memory.
 */
export const MAX_PENDING_CHARS = 16 * 1024 * 1024;

const QUOTE = 34;
const SPACE = 32;
const TAB = 9;

export class DelimitedTokenizer {
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly newline: string;
  private readonly newlineCode: number;
  private carry = '';
  /** Rows seen so far, blank ones included. */
  private row = 0;
  /** Cells in the last plain record: the size to allocate for the next. */
  private width = 0;
  /** Set when the carried record stopped inside an open quote. */
  private openQuote: { row: number; field: number } | null = null;

  /** `rowsBefore`: records to number before the table starts (a `sep=` line is row 0). */
  constructor(
    delimiter: string,
    newline: '\n' | '\r',
    private readonly sink: RecordSink,
    rowsBefore = 0,
  ) {
    this.row = -rowsBefore;
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
    this.newline = newline;
    this.newlineCode = newline.charCodeAt(0);
  }

  /** True while a partial record waits for more input (it may be inside quotes). */
  get hasCarry(): boolean {
    return this.carry.length > 0;
  }

  /** The row number the next record will get. */
  get nextRow(): number {
    return this.row + 1;
  }

  /** Counts `rows` records tokenized elsewhere (the byte lane of text-table.ts). */
  skipRows(rows: number): void {
    this.row += rows;
  }

  /** Tokenizes every complete record in `chunk`; the rest waits for the next chunk. */
  push(chunk: string): void {
    let text = chunk;
    let start = 0;
    if (this.carry.length > 0) {
      const lineEnd = chunk.indexOf(this.newline);
      if (lineEnd === -1) {
        // No record can end in this chunk; the open-quote state stays as it was.
        this.carry += chunk;
        this.checkPending();
        return;
      }
      // Joining the carried partial record to the whole chunk would copy the chunk; join
      // it to the chunk's first line only, unless a quoted record runs on past that line.
      this.openQuote = null;
      const joined = this.carry + chunk.slice(0, lineEnd + 1);
      const used = this.parse(joined, 0, false);
      if (used === joined.length) {
        start = lineEnd + 1;
      } else {
        text = this.carry + chunk;
        start = used;
      }
    }
    this.openQuote = null;
    const consumed = start < text.length ? this.parse(text, start, false) : start;
    this.carry = consumed === 0 ? text : text.slice(consumed);
    this.checkPending();
  }

  private checkPending(): void {
    const open = this.openQuote;
    if (open && this.carry.length > MAX_PENDING_CHARS) throw new UnclosedQuoteError(open.row, open.field);
    // Outside quotes a record ends at its line break: waiting longer would hold the file in memory.
    if (!open && this.carry.length > MAX_ROW_CHARS) throw new RowTooLongError(this.row + 1);
  }

  /** Tokenizes what is left at end of input; throws UnclosedQuoteError for an open quote. */
  end(): void {
    if (this.carry.length > 0) this.parse(this.carry, 0, true);
    this.carry = '';
  }

  /** Returns how many characters of `text` were consumed (always up to a record end). */
  private parse(text: string, start: number, final: boolean): number {
    const n = text.length;
    let pos = start;
    while (pos < n) {
      const quote = text.indexOf('"', pos);
      if (quote === -1) {
        const end = final ? n : text.lastIndexOf(this.newline) + 1;
        if (end > pos) this.plainLines(text, pos, end);
        return Math.max(end, pos);
      }
      const lineStart = text.lastIndexOf(this.newline, quote) + 1;
      if (lineStart > pos) this.plainLines(text, pos, lineStart);
      const next = this.quotedRecord(text, Math.max(lineStart, pos), final);
      if (next < 0) return Math.max(lineStart, pos);
      pos = next;
    }
    return pos;
  }

  /** Records in [start, end) that contain no quote: one per line. */
  private plainLines(text: string, start: number, end: number): void {
    const { delimiter, newline, sink } = this;
    let nextDelimiter = -1;
    let width = this.width;
    let lineStart = start;
    while (lineStart < end) {
      let lineEnd = text.indexOf(newline, lineStart);
      if (lineEnd === -1 || lineEnd > end) lineEnd = end;
      this.row++;
      // Sized like the previous record: V8 would otherwise give each row 17 slots.
      const cells = new Array<string>(width);
      let count = 0;
      let blank = true;
      let cellStart = lineStart;
      for (;;) {
        // One delimiter search serves several lines when a line has no delimiter at all.
        if (nextDelimiter < cellStart) {
          nextDelimiter = text.indexOf(delimiter, cellStart);
          if (nextDelimiter === -1) nextDelimiter = Number.MAX_SAFE_INTEGER;
        }
        const cellEnd = nextDelimiter < lineEnd ? nextDelimiter : lineEnd;
        const cell = trimmedSlice(text, cellStart, cellEnd);
        if (cell.length > 0) blank = false;
        if (count < width) cells[count] = cell;
        else cells.push(cell);
        count++;
        if (cellEnd === lineEnd) break;
        cellStart = cellEnd + 1;
      }
      if (count < width) cells.length = count;
      width = count;
      if (!blank) sink.record(cells, this.row);
      lineStart = lineEnd + 1;
    }
    this.width = width;
  }

  /**
   * One record starting at `start` that contains a quote somewhere. Returns the index after
   * its newline, or -1 when the record is not complete in `text` and more input may follow.
   */
  private quotedRecord(text: string, start: number, final: boolean): number {
    const n = text.length;
    const cells = new Array<string>(this.width);
    let count = 0;
    let blank = true;
    let fieldStart = start;
    for (;;) {
      let j = fieldStart;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === SPACE || (c === TAB && this.delimiterCode !== TAB)) j++;
        else break;
      }
      let cell: string;
      let fieldEnd: number;
      if (j < n && text.charCodeAt(j) === QUOTE) {
        let value = '';
        let k = j + 1;
        for (;;) {
          const q = text.indexOf('"', k);
          if (q === -1 || (q + 1 === n && !final)) {
            if (final) throw new UnclosedQuoteError(this.row + 1, count);
            this.openQuote = { row: this.row + 1, field: count };
            return -1;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(k, q + 1);
            k = q + 2;
            continue;
          }
          value += text.slice(k, q);
          k = q + 1;
          break;
        }
        fieldEnd = this.fieldEnd(text, k);
        if (fieldEnd === n && !final) return -1;
        if (fieldEnd > k) value += text.slice(k, fieldEnd);
        cell = trimmed(value);
      } else {
        fieldEnd = this.fieldEnd(text, fieldStart);
        if (fieldEnd === n && !final) return -1;
        cell = trimmedSlice(text, fieldStart, fieldEnd);
      }
      if (cell.length > 0) blank = false;
      if (count < cells.length) cells[count] = cell;
      else cells.push(cell);
      count++;
      if (fieldEnd < n && text.charCodeAt(fieldEnd) === this.delimiterCode) {
        fieldStart = fieldEnd + 1;
        continue;
      }
      if (count < cells.length) cells.length = count;
      this.width = count;
      this.row++;
      if (!blank) this.sink.record(cells, this.row);
      return fieldEnd < n ? fieldEnd + 1 : n;
    }
  }

  /** Index of the delimiter or newline that ends an unquoted stretch, or text.length. */
  private fieldEnd(text: string, from: number): number {
    const { delimiterCode, newlineCode } = this;
    const n = text.length;
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === delimiterCode || c === newlineCode) return i;
      i++;
    }
    return n;
  }
}
