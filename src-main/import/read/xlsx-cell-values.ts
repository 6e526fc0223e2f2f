/**
 * What a worksheet cell's text means, written over its text in the row's line (XlsxLines):
 * a shared string's index becomes the string's bytes, a number in a date format its ISO
 * date, a number Excel would print otherwise its 15-digit text, a boolean TRUE/FALSE. Text
 * that already says what it means (strings, plain numbers) stays as written. The sheet
 * scanner (xlsx-sheet-scanner.ts) reads the XML; this decides the values.
 */
import { CellType, digitsValue, indexValue, isoText, isShortestDecimal } from './xlsx-cell-bytes.js';
import { dateFromSerial, isoFromDate, plainNumber } from './xlsx-cell-text.js';
import type { XlsxLines } from './xlsx-lines.js';
import type { SharedStrings } from './xlsx-shared-strings.js';
import { XmlDamageError } from './xml-bytes.js';

/** What a workbook's other parts tell the sheet's reader. */
export interface SheetContext {
  sharedStrings: SharedStrings;
  /** Per cell style index (`s`): true when its number format shows a date or time. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** Distinct date serials remembered with their ISO text (sorted exports repeat a date row after row). */
const DATE_CACHE_SIZE = 4096;

export class CellValues {
  private readonly dates = new Map<string, string>();
  /** ISO text of whole date serials (the common date cell), by serial. */
  private readonly days = new Map<number, string>();

  constructor(
    private readonly context: SheetContext,
    private readonly lines: XlsxLines,
  ) {}

  /**
   * The cell being written is lines[valueStart, at): the UTF-8 of what it says. Where that
   * is what it means, it stays; else it is replaced by its meaning.
   */
  settle(type: CellType, style: number): void {
    const lines = this.lines;
    if (type === CellType.Shared) this.sharedText();
    else if (type === CellType.Number) this.numberValue(style);
    else if (type !== CellType.String && type !== CellType.Inline && type !== CellType.Error) this.replaceText(this.cellText(lines.textFrom(lines.valueStart), type, style));
  }

  /** A shared string's index becomes its text. */
  private sharedText(): void {
    const lines = this.lines;
    const from = lines.valueStart;
    let index = digitsValue(lines.bytes, from, lines.at, false);
    if (index < 0) index = indexValue(lines.textFrom(from));
    const table = this.context.sharedStrings;
    if (index < 0 || index >= table.count) throw new XmlDamageError(`shared string ${lines.textFrom(from).trim()} does not exist`);
    lines.at = from;
    lines.appendRaw(table.bytes, table.offsets[index], table.offsets[index + 1]);
  }

  /** A number as Excel shows its value: a date (by the cell's style), or at 15 digits. */
  private numberValue(style: number): void {
    const lines = this.lines;
    const from = lines.valueStart;
    if (this.context.dateStyles[style] === true) {
      const serial = digitsValue(lines.bytes, from, lines.at, false);
      if (serial < 0) return this.replaceText(this.numberText(lines.textFrom(from), style));
      let iso = this.days.get(serial);
      if (iso === undefined) {
        iso = isoFromDate(dateFromSerial(serial, this.context.date1904));
        if (this.days.size >= DATE_CACHE_SIZE) this.days.clear();
        this.days.set(serial, iso);
      }
      return this.replaceText(iso);
    }
    if (!isShortestDecimal(lines.bytes, from, lines.at)) this.replaceText(this.numberText(lines.textFrom(from), style));
  }

  private replaceText(text: string): void {
    this.lines.at = this.lines.valueStart;
    this.lines.appendString(text);
  }

  private cellText(raw: string, type: CellType, style: number): string {
    switch (type) {
      case CellType.Shared: {
        const text = this.context.sharedStrings.text(indexValue(raw));
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
        return this.numberText(raw, style);
    }
  }

  private numberText(raw: string, style: number): string {
    if (this.context.dateStyles[style] === true) {
      let iso = this.dates.get(raw);
      if (iso === undefined) {
        const serial = Number(raw);
        iso = raw.trim() === '' || !Number.isFinite(serial) ? raw : isoFromDate(dateFromSerial(serial, this.context.date1904));
        if (this.dates.size >= DATE_CACHE_SIZE) this.dates.clear();
        this.dates.set(raw, iso);
      }
      return iso;
    }
    const n = Number(raw);
    return raw.trim() === '' || Number.isNaN(n) ? raw : plainNumber(n);
  }
}
