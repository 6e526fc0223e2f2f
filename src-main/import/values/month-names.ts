/**
 * Dates written with English month names, as US/UK tools and `Date#toString` produce:
 * `3 Jan 2025`, `03-Jan-25` (Excel's d-mmm-yy), `Jan 3, 2025`, `January 3rd 2025 2:05 PM`,
 * `Fri Jan 03 2025 14:05:00 GMT+0800`, `2025-Jan-03`, and `Jan 2025` (first of month).
 * Input is already NFKC-normalised, trimmed and lower-cased.
 */
import { expandTwoDigitYear } from './calendar.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const SEP = String.raw`[\s\-/.]`;
const YEAR = String.raw`(\d{4}|\d{2})`;
const REST = String.raw`(?:,?\s+(.+))?`;

const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})${ORDINAL}${SEP}*([a-z]{3,9})\.?,?${SEP}+${YEAR}${REST}$`);
const MONTH_DAY_YEAR = new RegExp(String.raw`^([a-z]{3,9})\.?${SEP}*(\d{1,2})${ORDINAL}(?:,\s*|${SEP}+)${YEAR}${REST}$`);
const YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{4})${SEP}+([a-z]{3,9})\.?${SEP}+(\d{1,2})(?:[\st]+(.+))?$`);
const MONTH_YEAR = new RegExp(String.raw`^([a-z]{3,9})\.?,?${SEP}+(\d{4})$`);

export interface NamedMonthDate {
  y: number;
  m: number;
  d: number;
  /** Text after the date (a time of day), if any. */
  rest: string | undefined;
}

export function parseNamedMonthDate(lower: string): NamedMonthDate | null {
  if (!/[a-z]{3}/.test(lower)) return null;
  const s = lower.replace(WEEKDAY_PREFIX, '');
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) return build(m[3], m[2], m[1], m[4]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return build(m[3], m[1], m[2], m[4]);
  m = YEAR_MONTH_DAY.exec(s);
  if (m) return build(m[1], m[2], m[3], m[4]);
  m = MONTH_YEAR.exec(s);
  if (m) return build(m[2], m[1], '1', undefined);
  return null;
}

function build(year: string, monthName: string, day: string, rest: string | undefined): NamedMonthDate | null {
  const m = MONTHS[monthName];
  if (m === undefined) return null;
  const y = year.length === 2 ? expandTwoDigitYear(Number(year)) : Number(year);
  return { y, m, d: Number(day), rest };
}
