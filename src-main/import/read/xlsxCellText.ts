/**
 * The text of an xlsx cell as the import pipeline wants it: what the cell means, not how
 * it is formatted. Dates become ISO 8601 (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when a
 * time is present, `HH:MM:SS` for a pure time), numbers their plain value at Excel's 15
 * significant digits, formulas their cached result, rich text its plain text, errors
 * their code (`#N/A`), booleans `TRUE`/`FALSE`.
 */
import type { CellValue } from 'exceljs';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel 1900-system serial; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/**
 * True for a number format that shows a date or time (ECMA-376 Part 1 §18.8.30–31): after
 * dropping quoted literals and bracketed sections (`[Red]`, `[$-804]`), a y, m, d, h or s
 * code remains. The same rule exceljs applies to plain cells; we need it for formulas.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const codes = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(codes);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO text of a date that exceljs built from a serial (its UTC fields are the wall clock). */
export function isoFromDate(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return '';
  const t = new Date(Math.round(ms / 1000) * 1000); // serials carry float noise below a second
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  // Serials below 1 are times of day: Excel shows them on the fictitious day 1899-12-30/31.
  if (ms < Date.UTC(1900, 0, 1)) return time;
  const day = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  return time === '00:00:00' ? day : `${day}T${time}`;
}

/** A date from an Excel serial (for formula results, which exceljs leaves as numbers). */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
}

/**
 * Excel keeps 15 significant digits; longer binary tails (0.1+0.2) are noise. NaN is what
 * exceljs makes of a formula's cached error (`#DIV/0!`), whose code it drops.
 */
export function plainNumber(n: number): string {
  if (Number.isNaN(n)) return '#ERROR';
  if (Number.isInteger(n) || !Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Text of a cell value; `numberFormat` decides whether a formula's number is a date. */
export function xlsxCellText(value: CellValue | unknown, numberFormat: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    return isDateFormat(numberFormat) ? isoFromDate(dateFromSerial(value, date1904)) : plainNumber(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoFromDate(value);
  if (!isObject(value)) return String(value);
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isObject(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) {
    return xlsxCellText(value.result, numberFormat, date1904);
  }
  if (typeof value.error === 'string') return value.error;
  if ('text' in value) return xlsxCellText(value.text, numberFormat, date1904);
  return '';
}
