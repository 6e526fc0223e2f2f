/**
 * How an xlsx cell's number reads as text for the import: what it means, not how it is
 * formatted. Dates become ISO 8601 (`YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS` when a time is
 * present, `HH:MM:SS` for a pure time), other numbers their plain value at Excel's 15
 * significant digits. (The other kinds of cell: xlsxSheetScanner.)
 */
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel 1900-system serial; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/**
 * True for a number format that shows a date or time (ECMA-376 Part 1 §18.8.30–31): after
 * dropping quoted literals and bracketed sections (`[Red]`, `[$-804]`), a y, m, d, h or s
 * code remains.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const codes = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(codes);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO text of a date built from a serial (its UTC fields are the wall clock). */
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

/** A date from an Excel serial (its UTC fields are the wall clock). */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1900_TO_1904 : 0)) * MS_PER_DAY));
}

/**
 * Excel keeps 15 significant digits; longer binary tails (0.1+0.2) are noise. NaN (no
 * number at all) shows as `#ERROR`.
 */
export function plainNumber(n: number): string {
  if (Number.isNaN(n)) return '#ERROR';
  if (Number.isInteger(n) || !Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}
