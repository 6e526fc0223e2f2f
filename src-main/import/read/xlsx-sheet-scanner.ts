/**
 * The rows of a worksheet's XML (ECMA-376 Part 1 §18.3.1: `sheetData` of `row`s of `c`
 * cells), read from its bytes as they inflate: each row comes out as the trimmed text of
 * its cells, what the import pipeline types. A cell's text is what it means, not how it is
 * formatted (see xlsxCellText): shared strings by index into the table read once, inline
 * and formula strings decoded, numbers at Excel's 15 digits, numbers in a date format as
 * ISO dates, booleans `TRUE`/`FALSE`, errors their code (`#N/A`).
 *
 * Checked on the way (SheetXmlError names the row and column):
 * - rows and cells may omit their optional `r` reference (§18.3.1.73 row, §18.3.1.4 c):
 *   then they follow the previous one; a reference naming another row is ignored (the row
 *   element decides);
 * - a row number that repeats or goes backwards, or a cell that does, is refused (two
 *   values would claim one place);
 * - an unclosed tag or a cell's text past MAX_CELL_XML_CHARS (a row's past MAX_ROW_CHARS)
 *   is refused instead of being held in memory.
 * A cell outside a row, or a row inside a row, is damage (XmlDamageError).
 */
import { MAX_CELL_XML_CHARS, MAX_ROW_CHARS } from '../limits.js';
import { latin1Text, utf8Text } from './byte-lines.js';
import { dateFromSerial, isoFromDate, plainNumber } from './xlsx-cell-text.js';
import { findAttributes, Tag, XmlDamageError, XmlTokenizer } from './xml-bytes.js';
import type { XmlHandler } from './xml-bytes.js';
import { XmlTextMemo } from './xml-text-memo.js';

export type SheetProblem =
  | { kind: 'rowOrder'; row: number; previous: number }
  | { kind: 'cellOrder'; row: number; column: string }
  | { kind: 'tooLong'; row: number; column: string };

export class SheetXmlError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(`worksheet: ${problem.kind} at row ${problem.row}`);
    this.name = 'SheetXmlError';
  }
}

/** Excel's column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** What a workbook's other parts tell the sheet's reader. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** Per cell style index (`s`): true when its number format shows a date or time. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** A row of cell texts (trimmed; '' for empty cells, as long as its last filled cell) and its number. */
export type RowSink = (cells: string[], row: number) => void;

/** Cell types (`t`, §18.18.11 ST_CellType). */
const CellType = { Number: 0, Shared: 1, String: 2, Inline: 3, Boolean: 4, Error: 5, Date: 6 } as const;
type CellType = (typeof CellType)[keyof typeof CellType];

/** A cell's attributes of interest, by slot: r (0), t (1), s (2). */
const CELL_SLOTS = new Int8Array(128).fill(-1);
CELL_SLOTS[0x72] = 0;
CELL_SLOTS[0x74] = 1;
CELL_SLOTS[0x73] = 2;
/** A row's: r (0). */
const ROW_SLOTS = new Int8Array(128).fill(-1);
ROW_SLOTS[0x72] = 0;
/** Distinct date serials remembered with their ISO text (sorted exports repeat a date row after row). */
const DATE_CACHE_SIZE = 4096;

export class SheetScanner implements XmlHandler {
  private readonly tokenizer = new XmlTokenizer(this, MAX_CELL_XML_CHARS);
  private readonly span = new Int32Array(2);
  private readonly cellSpans = new Int32Array(6);
  private readonly dates = new Map<string, string>();
  private readonly texts = new XmlTextMemo();

  private row = 0;
  private inRow = false;
  private cells: string[] = [];
  private filled = false;
  private rowText = 0;
  /** Column of the last cell (1-based), 0 before the first cell of a row. */
  private column = 0;

  private inCell = false;
  private type: CellType = CellType.Number;
  private style = 0;
  private formula = false;
  /** Inside the cell's `<v>`, or a `<t>` of its `<is>` (not of a phonetic run). */
  private capturing = false;
  private inInline = false;
  private inPhonetic = false;
  private value: string | null = null;

  constructor(
    private readonly context: SheetContext,
    private readonly onRow: RowSink,
  ) {}

  write(chunk: Buffer): void {
    this.tokenizer.write(chunk);
  }

  end(): void {
    this.tokenizer.end();
  }

  tooLong(): SheetXmlError {
    return new SheetXmlError({ kind: 'tooLong', row: this.row, column: columnLetters(Math.max(1, this.column)) });
  }

  open(tag: Tag, buf: Buffer, attrs: number, end: number, selfClosing: boolean): void {
    switch (tag) {
      case Tag.Row:
        this.openRow(buf, attrs, end);
        if (selfClosing) this.closeRow();
        return;
      case Tag.C:
        this.openCell(buf, attrs, end);
        if (selfClosing) this.closeCell();
        return;
      case Tag.V:
        if (this.inCell && !selfClosing) this.capturing = true;
        return;
      case Tag.Is:
        if (this.inCell && !selfClosing) this.inInline = true;
        return;
      case Tag.RPh:
        if (!selfClosing) this.inPhonetic = true;
        return;
      case Tag.T:
        if (this.inInline && !this.inPhonetic && !selfClosing) this.capturing = true;
        return;
      case Tag.F:
        if (this.inCell) this.formula = true;
        return;
      default:
    }
  }

  close(tag: Tag): void {
    switch (tag) {
      case Tag.Row:
        if (!this.inRow) throw new XmlDamageError('a row closed that was never opened');
        this.closeRow();
        return;
      case Tag.C:
        if (this.inCell) this.closeCell();
        return;
      case Tag.V:
      case Tag.T:
        this.capturing = false;
        return;
      case Tag.Is:
        this.inInline = false;
        return;
      case Tag.RPh:
        this.inPhonetic = false;
        return;
      default:
    }
  }

  text(buf: Buffer, start: number, end: number, cdata: boolean): void {
    if (this.inRow) {
      this.rowText += end - start;
      if (this.rowText > MAX_ROW_CHARS) throw this.tooLong();
    }
    if (!this.capturing) return;
    // Numbers and shared-string indexes are ASCII: latin1 is the cheapest string of them.
    const ascii = (this.type === CellType.Number && !this.formula) || this.type === CellType.Shared;
    const piece = ascii ? asciiText(buf, start, end) : cdata ? utf8Text(buf, start, end) : this.texts.text(buf, start, end);
    this.value = this.value === null ? piece : this.value + piece;
  }

  private openRow(buf: Buffer, attrs: number, end: number): void {
    if (this.inRow) throw new XmlDamageError('a row inside a row');
    const previous = this.row;
    const span = this.span;
    const r = findAttributes(buf, attrs, end, ROW_SLOTS, span) && span[0] >= 0 ? digitsValue(buf, span[0], span[1]) : -1;
    this.row = r >= 0 ? r : previous + 1;
    if (this.row <= previous) throw new SheetXmlError({ kind: 'rowOrder', row: this.row, previous });
    this.inRow = true;
    this.cells = [];
    this.filled = false;
    this.rowText = 0;
    this.column = 0;
  }

  private closeRow(): void {
    this.inRow = false;
    if (this.filled) this.onRow(this.cells, this.row);
  }

  private openCell(buf: Buffer, attrs: number, end: number): void {
    if (!this.inRow) throw new XmlDamageError('a cell outside a row');
    const spans = this.cellSpans;
    if (!findAttributes(buf, attrs, end, CELL_SLOTS, spans)) spans.fill(-1);
    const previous = this.column;
    const referenced = spans[0] >= 0 ? columnOfReference(buf, spans[0], spans[1]) : 0;
    this.column = referenced > 0 ? referenced : previous + 1;
    if (this.column <= previous) throw new SheetXmlError({ kind: 'cellOrder', row: this.row, column: columnLetters(this.column) });
    this.type = spans[2] >= 0 ? cellType(buf, spans[2], spans[3]) : CellType.Number;
    this.style = spans[4] >= 0 ? Math.max(0, digitsValue(buf, spans[4], spans[5])) : 0;
    this.formula = false;
    this.capturing = false;
    this.inInline = false;
    this.inPhonetic = false;
    this.value = null;
    this.inCell = true;
  }

  private closeCell(): void {
    this.inCell = false;
    this.capturing = false;
    const raw = this.value;
    if (raw === null) return;
    const text = this.cellText(raw).trim();
    if (text === '') return;
    const cells = this.cells;
    while (cells.length < this.column - 1) cells.push('');
    cells.push(text);
    this.filled = true;
  }

  private cellText(raw: string): string {
    switch (this.type) {
      case CellType.Shared: {
        const text = this.context.sharedStrings[indexValue(raw)];
        if (text === undefined) throw new XmlDamageError(`shared string ${raw.trim()} does not exist`);
        return text;
      }
      case CellType.String:
      case CellType.Inline:
      case CellType.Error:
        return raw;
      case CellType.Boolean:
        return raw.trim() === '1' || raw.trim() === 'true' ? 'TRUE' : 'FALSE';
      case CellType.Date:
        return isoText(raw);
      default:
        return this.numberText(raw);
    }
  }

  private numberText(raw: string): string {
    if (this.context.dateStyles[this.style] === true) {
      let iso = this.dates.get(raw);
      if (iso === undefined) {
        const serial = Number(raw);
        iso = raw.trim() === '' || !Number.isFinite(serial) ? raw : isoFromDate(dateFromSerial(serial, this.context.date1904));
        if (this.dates.size >= DATE_CACHE_SIZE) this.dates.clear();
        this.dates.set(raw, iso);
      }
      return iso;
    }
    if (isShortestDecimal(raw)) return raw;
    const n = Number(raw);
    return raw.trim() === '' || Number.isNaN(n) ? raw : plainNumber(n);
  }
}

/**
 * Numbers and shared-string indexes as text. Whole numbers (most cells: counts, indexes)
 * are read from the bytes and printed by String, whose strings V8 caches for small
 * integers; the rest are sliced as latin1, which is what ASCII is.
 */
function asciiText(buf: Buffer, start: number, end: number): string {
  const n = end - start;
  if (n > 0 && n <= 9 && (buf[start] !== 0x30 || n === 1)) {
    let value = 0;
    let i = start;
    for (; i < end; i++) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
    }
    if (i === end) return String(value);
  }
  return latin1Text(buf, start, end);
}

/** The value of ASCII digits buf[start, end) (spaces around allowed), or −1. */
function digitsValue(buf: Buffer, start: number, end: number): number {
  while (start < end && buf[start] === 0x20) start++;
  while (end > start && buf[end - 1] === 0x20) end--;
  if (start === end || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The column of a cell reference such as `AB12` (1-based), or 0 when it is not one. */
function columnOfReference(buf: Buffer, start: number, end: number): number {
  while (start < end && buf[start] === 0x20) start++;
  while (end > start && buf[end - 1] === 0x20) end--;
  let column = 0;
  let i = start;
  for (; i < end && i - start < 4; i++) {
    const b = buf[i] | 0x20; // lower case
    if (b < 0x61 || b > 0x7a) break;
    column = column * 26 + (b - 0x60);
  }
  const letters = i - start;
  if (letters === 0 || letters > 3) return 0;
  for (; i < end; i++) if (buf[i] < 0x30 || buf[i] > 0x39) return 0;
  return column;
}

/** The type a `t` value buf[start, end) names, compared as bytes (no string per cell). */
function cellType(buf: Buffer, start: number, end: number): CellType {
  const n = end - start;
  const a = buf[start];
  if (n === 1) return a === 0x73 ? CellType.Shared : a === 0x62 ? CellType.Boolean : a === 0x65 ? CellType.Error : a === 0x64 ? CellType.Date : CellType.Number;
  if (n === 3 && a === 0x73 && buf[start + 1] === 0x74 && buf[start + 2] === 0x72) return CellType.String;
  if (n === 9 && latin1Text(buf, start, end) === 'inlineStr') return CellType.Inline;
  return CellType.Number;
}

/**
 * True when Number(raw) prints back as raw at 15 digits: a plain decimal (no exponent,
 * no leading or trailing zero, no sign on zero) of at most 15 significant digits. Then
 * the text is its own plainNumber, and no number or second string is made.
 */
function isShortestDecimal(raw: string): boolean {
  const n = raw.length;
  const sign = raw.charCodeAt(0) === 0x2d ? 1 : 0;
  if (sign >= n || n - sign > 16 || raw.charCodeAt(sign) === 0x30) return raw === '0'; // 0.5, -0 and 007 take the slow way
  let dot = -1;
  for (let i = sign; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x2e) {
      if (dot >= 0) return false;
      dot = i;
    } else if (c < 0x30 || c > 0x39) return false;
  }
  if (dot < 0) return n - sign <= 15;
  return dot < n - 1 && raw.charCodeAt(n - 1) !== 0x30;
}

/** The shared-string index written in raw (digits, spaces around allowed), or −1. */
function indexValue(raw: string): number {
  let n = 0;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++digits > 9) return -1;
      n = n * 10 + (c - 0x30);
    } else if (c !== 0x20 || (digits > 0 && i + 1 < raw.length && raw.charCodeAt(i + 1) !== 0x20)) return -1;
  }
  return digits > 0 ? n : -1;
}

/** A `t="d"` cell holds ISO 8601 text: shown as the import shows dates (midnight dropped, no zone). */
function isoText(raw: string): string {
  const m = /^\s*(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d:\d\d)(?:\.\d+)?Z?)?\s*$/.exec(raw);
  if (!m) return raw;
  return m[2] === undefined || m[2] === '00:00:00' ? m[1] : `${m[1]}T${m[2]}`;
}
