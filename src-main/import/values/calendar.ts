/**
 * Proleptic Gregorian calendar arithmetic without `Date` (no time zones to get wrong,
 * and faster on the hot path).
 */

/** Calendar date plus seconds since midnight (wall time, no zone). */
export interface DateParts {
  y: number;
  m: number;
  d: number;
  seconds: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Date of a day count since 1970-01-01.
 * Reference: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", civil_from_days
 * (https://howardhinnant.github.io/date_algorithms.html).
 */
export function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Excel serial of 1970-01-01 in the 1900 date system. */
const EXCEL_SERIAL_OF_UNIX_EPOCH = 25569;

/**
 * Excel 1900-system serial → date and time of day.
 * Excel counts 1900-01-01 as day 1 and, to stay compatible with Lotus 1-2-3, treats 1900
 * as a leap year: serial 60 is the non-existent 1900-02-29 (Microsoft KB 214326,
 * "Excel incorrectly assumes that the year 1900 is a leap year"). Serials from 61 on are
 * therefore one day ahead of a plain count from 1899-12-31; we return null for 60.
 * The fraction is the time of day, rounded to the second.
 * @example excelSerialToParts(45658) // { y: 2025, m: 1, d: 1, seconds: 0 }
 */
export function excelSerialToParts(serial: number): DateParts | null {
  if (!(serial >= 1) || !Number.isFinite(serial)) return null;
  let whole = Math.floor(serial);
  let seconds = Math.round((serial - whole) * 86400);
  if (seconds === 86400) {
    whole += 1;
    seconds = 0;
  }
  if (whole === 60) return null;
  const offset = whole < 60 ? EXCEL_SERIAL_OF_UNIX_EPOCH - 1 : EXCEL_SERIAL_OF_UNIX_EPOCH;
  return { ...civilFromDays(whole - offset), seconds };
}

/**
 * Two-digit years follow Excel's default window: 00–29 → 2000–2029, 30–99 → 1930–1999
 * (the Windows "two-digit year cutoff" of 2029).
 */
export function expandTwoDigitYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

export function formatDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`;
}

export function formatDateTime(p: DateParts): string {
  const h = Math.floor(p.seconds / 3600);
  const mi = Math.floor((p.seconds % 3600) / 60);
  const s = p.seconds % 60;
  return `${formatDate(p.y, p.m, p.d)}T${TWO_DIGITS[h]}:${TWO_DIGITS[mi]}:${TWO_DIGITS[s]}`;
}
