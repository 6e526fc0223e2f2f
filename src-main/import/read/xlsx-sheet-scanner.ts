/**
 * The rows of a worksheet's XML (ECMA-376 Part 1 §18.3.1: `sheetData` of `row`s of `c`
 * cells), read from its bytes as they inflate: each row comes out as the trimmed text of
 * its cells, what the import pipeline types. A cell's text is what it means, not how it is
 * formatted (xlsx-cell-values.ts decides it): shared strings by index into the table, inline
 * and formula strings decoded, numbers at Excel's 15 digits, numbers in a date format as
 * ISO dates, booleans `TRUE`/`FALSE`, errors their code (`#N/A`).
 *
 * The text is written as UTF-8 into the row's line (XlsxLines), not made a string: a
 * string cell's bytes are copied from the XML as they are (entities and bytes that are not
 * UTF-8 aside), a shared string's from the table, a plain number's digits stay as written,
 * a date serial becomes its ISO date through a small cache. The rarer cells (booleans,
 * errors, numbers Excel would print otherwise) are made as strings, by the same rules.
 *
 * Checked on the way (SheetXmlError names the row and column):
 * - rows and cells may omit their optional `r` reference (§18.3.1.73 row, §18.3.1.4 c):
 *   then they follow the previous one; a reference naming another row is ignored (the row
 *   element decides);
 * - a row number that repeats or goes backwards, or a cell that does, is refused (two
 *   values would claim one place); so is a row that ends inside a cell (its end tag lost);
 * - an unclosed tag or a cell's text past MAX_CELL_XML_CHARS (a row's past MAX_ROW_CHARS)
 *   is refused instead of being held in memory.
 * A cell outside a row, or a row inside a row, is damage (XmlDamageError).
 */
import { MAX_CELL_XML_CHARS, MAX_ROW_CHARS } from '../limits.js';
import { CellType, cellType, columnOfReference, digitsValue } from './xlsx-cell-bytes.js';
import { CellValues } from './xlsx-cell-values.js';
import type { SheetContext } from './xlsx-cell-values.js';
import type { XlsxLines } from './xlsx-lines.js';
import { findAttributes, NAME_BYTES, readAttributes, Tag, tagOf, XmlDamageError, XmlTokenizer } from './xml-bytes.js';
import type { XmlHandler } from './xml-bytes.js';

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

export type { SheetContext };

/** A cell's attributes of interest, by slot: r (0), t (1), s (2). */
const CELL_SLOTS = new Int8Array(128).fill(-1);
CELL_SLOTS[0x72] = 0;
CELL_SLOTS[0x74] = 1;
CELL_SLOTS[0x73] = 2;
/** A row's: r (0). */
const ROW_SLOTS = new Int8Array(128).fill(-1);
ROW_SLOTS[0x72] = 0;
/**
 * Longest row the fast lane reads (see `write`), far below the tokenizer's limits: a row
 * it reads cannot hold a text or tag the tokenizer would refuse.
 */
const FAST_ROW_BYTES = 64 * 1024;
/** Rows of one chunk the fast lane may give up on before leaving the rest of it to the tokenizer. */
const FAST_ROW_GIVE_UPS = 16;
const ROW_END = Buffer.from('</row>');
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export class SheetScanner implements XmlHandler {
  private readonly tokenizer = new XmlTokenizer(this, MAX_CELL_XML_CHARS);
  private readonly span = new Int32Array(2);
  private readonly cellSpans = new Int32Array(6);

  private row = 0;
  private inRow = false;
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
  /** Some text of the cell was captured (it is in the line from lines.valueStart). */
  private hasValue = false;

  private readonly values: CellValues;

  constructor(
    context: SheetContext,
    private readonly lines: XlsxLines,
  ) {
    this.values = new CellValues(context, lines);
  }

  /**
   * Reads a piece of the sheet. Whole rows are read by the fast lane (`fastRow`): the same
   * handler calls the tokenizer would make, without its generic machinery, for rows of
   * plain tags. What it does not read — the start of the part, a row cut by the end of
   * the piece, a comment, CDATA, anything unusual — the tokenizer reads, up to the end of
   * the next row; then the fast lane goes on.
   */
  write(chunk: Buffer): void {
    const tokenizer = this.tokenizer;
    let at = 0;
    let giveUps = 0;
    while (at < chunk.length) {
      if (giveUps < FAST_ROW_GIVE_UPS && !this.inRow && tokenizer.between) {
        const stop = this.fastRows(chunk, at);
        if (stop === chunk.length) return;
        if (chunk[stop] === LT && chunk[stop + 1] === 0x72) giveUps++; // a row it gave up on (not text or another element)
        at = stop;
      }
      const rowEnd = giveUps < FAST_ROW_GIVE_UPS ? chunk.indexOf(ROW_END, at) : -1;
      const stop = rowEnd < 0 ? chunk.length : rowEnd + ROW_END.length;
      tokenizer.write(at === 0 && stop === chunk.length ? chunk : chunk.subarray(at, stop));
      at = stop;
    }
  }

  /** Reads the rows from `at` for as long as it can; returns where it stopped. */
  private fastRows(buf: Buffer, at: number): number {
    for (;;) {
      let lt = at;
      while (lt < buf.length && buf[lt] !== LT) lt++;
      // Text between rows (spaces) means nothing to the handler; the tokenizer takes a
      // run it has to wait for (or would refuse), so it counts it as it does.
      if (lt + 4 >= buf.length || lt - at > FAST_ROW_BYTES) return at;
      if (buf[lt + 1] !== 0x72 || buf[lt + 2] !== 0x6f || buf[lt + 3] !== 0x77) return at; // not <row
      const next = this.fastRow(buf, lt);
      if (next < 0) return at;
      at = next;
    }
  }

  /**
   * One row from buf[p] (`<row`), read as the tokenizer reads it, with the same calls of
   * open, close and text: returns the offset after it, or −1 (nothing happened) for a
   * row that runs past the buffer or FAST_ROW_BYTES, or holds anything but plain tags
   * and text (a comment, CDATA, a close tag with spaces, an element left open).
   */
  private fastRow(buf: Buffer, p: number): number {
    const limit = Math.min(buf.length, p + FAST_ROW_BYTES);
    const nameEnd = p + 4;
    if (nameEnd >= limit || !(buf[nameEnd] === GT || buf[nameEnd] === SLASH || isSpace(buf[nameEnd]))) return -1;
    const gt = readAttributes(buf, nameEnd, limit, ROW_SLOTS, this.span);
    if (gt < 0) return -1;
    const previous = this.row;
    this.startRow(buf, true);
    if (buf[gt - 1] === SLASH) {
      this.closeRow();
      return gt + 1;
    }
    let depth = 0;
    let i = gt + 1;
    for (;;) {
      let lt = i;
      while (lt < limit && buf[lt] !== LT) lt++;
      if (lt + 3 >= limit) return this.undoRow(previous);
      if (lt > i) this.text(buf, i, lt, false);
      const first = buf[lt + 1];
      // The usual tags first: <c …>, <v>, </v>, </c>.
      if (first === 0x63 && (buf[lt + 2] === 0x20 || buf[lt + 2] === GT || buf[lt + 2] === SLASH)) {
        const end = readAttributes(buf, lt + 2, limit, CELL_SLOTS, this.cellSpans);
        if (end < 0) return this.undoRow(previous);
        this.startCell(buf, true);
        if (buf[end - 1] === SLASH) this.closeCell();
        else depth++;
        i = end + 1;
        continue;
      }
      if (first === 0x76 && buf[lt + 2] === GT) {
        if (this.inCell) this.capturing = true; // open(Tag.V)
        depth++;
        i = lt + 3;
        continue;
      }
      if (first === SLASH && buf[lt + 3] === GT && depth > 0) {
        const name = buf[lt + 2];
        if (name === 0x76) {
          this.capturing = false; // close(Tag.V)
          depth--;
          i = lt + 4;
          continue;
        }
        if (name === 0x63) {
          if (this.inCell) this.closeCell(); // close(Tag.C)
          depth--;
          i = lt + 4;
          continue;
        }
      }
      if (first === SLASH) {
        let end = lt + 2;
        while (end < limit && NAME_BYTES[buf[end]] === 1) end++;
        if (end >= limit || end === lt + 2 || buf[end] !== GT) return this.undoRow(previous);
        const tag = tagOf(buf, lt + 2, end);
        // Only the row's own end ends it: anything else at depth 0 closes what was open
        // before it, and a row's end inside an element leaves the tokenizer to judge.
        if ((depth === 0) !== (tag === Tag.Row)) return this.undoRow(previous);
        if (depth === 0) {
          this.close(Tag.Row);
          return end + 1;
        }
        depth--;
        this.close(tag);
        i = end + 1;
        continue;
      }
      let end = lt + 1;
      while (end < limit && NAME_BYTES[buf[end]] === 1) end++;
      if (end >= limit || end === lt + 1 || !(buf[end] === GT || buf[end] === SLASH || isSpace(buf[end]))) return this.undoRow(previous);
      let tagEnd = end;
      while (tagEnd < limit && buf[tagEnd] !== GT) tagEnd++;
      if (tagEnd >= limit) return this.undoRow(previous);
      const selfClosing = buf[tagEnd - 1] === SLASH;
      this.open(tagOf(buf, lt + 1, end), buf, end, selfClosing ? tagEnd - 1 : tagEnd, selfClosing);
      if (!selfClosing) depth++;
      i = tagEnd + 1;
    }
  }

  /** Forgets a row the fast lane began (the tokenizer reads it again): −1. */
  private undoRow(previous: number): number {
    this.row = previous;
    this.inRow = false;
    this.inCell = false;
    this.capturing = false;
    this.inInline = false;
    this.inPhonetic = false;
    this.lines.undoRow();
    return -1;
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
        if (this.inCell) throw new XmlDamageError('a row closed inside a cell');
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
    if (!this.capturing || !this.inCell) return;
    this.hasValue = true;
    // A number's value and a shared string's index are taken as written (latin1: no
    // entities, no CDATA); any other text is XML text.
    if ((this.type === CellType.Number && !this.formula) || this.type === CellType.Shared) this.lines.appendLatin1(buf, start, end);
    else this.lines.appendXmlText(buf, start, end, cdata);
  }

  private openRow(buf: Buffer, attrs: number, end: number): void {
    this.startRow(buf, findAttributes(buf, attrs, end, ROW_SLOTS, this.span));
  }

  /** A row whose `r` is in `span` when `understood` (its attributes were read). */
  private startRow(buf: Buffer, understood: boolean): void {
    if (this.inRow) throw new XmlDamageError('a row inside a row');
    const previous = this.row;
    const span = this.span;
    const r = understood && span[0] >= 0 ? digitsValue(buf, span[0], span[1]) : -1;
    this.row = r >= 0 ? r : previous + 1;
    if (this.row <= previous) throw new SheetXmlError({ kind: 'rowOrder', row: this.row, previous });
    this.inRow = true;
    this.rowText = 0;
    this.column = 0;
    this.lines.beginRow(this.row);
  }

  private closeRow(): void {
    this.inRow = false;
    this.lines.endRow(this.row);
  }

  private openCell(buf: Buffer, attrs: number, end: number): void {
    this.startCell(buf, findAttributes(buf, attrs, end, CELL_SLOTS, this.cellSpans));
  }

  /** A cell whose r, t and s are in cellSpans when `understood` (its attributes were read). */
  private startCell(buf: Buffer, understood: boolean): void {
    if (!this.inRow) throw new XmlDamageError('a cell outside a row');
    // A cell in a cell: the first one is left, as if it had no value.
    if (this.inCell) this.lines.dropCell();
    const spans = this.cellSpans;
    if (!understood) for (let k = 0; k < spans.length; k++) spans[k] = -1;
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
    this.hasValue = false;
    this.inCell = true;
    this.lines.beginCell(this.column);
  }

  private closeCell(): void {
    this.inCell = false;
    this.capturing = false;
    const lines = this.lines;
    if (!this.hasValue) return lines.dropCell();
    this.values.settle(this.type, this.style);
    lines.endCell(this.column);
  }
}
