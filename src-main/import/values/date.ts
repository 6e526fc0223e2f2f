/**
 * Date cells → ISO strings. Accepted forms:
 * - year-first: `2025-01-03`, `2025/1/3`, `2025.1.3`, `2025年1月3日`, `25年1月3日`,
 *   year-month `2025-01` / `2025年1月` (→ the 1st, for monthly reports);
 * - compact `20250103` (years 1900–2100) and `20250103140500`;
 * - `a/b/y` (`03/01/2025`, `3-1-25`, `3.1.2025`) in the column's DateOrder;
 * - English month names (month-names.ts);
 * - Excel 1900-system serials: a plain number from 20000 (1954-10-03) to 80000 (2119-01-10);
 * each optionally followed by a time (time-of-day.ts) after a space or `T`, and by a
 * weekday (`(Fri)`, `星期五`, `周五`). Impossible dates (2025-02-30) are rejected.
 */
import { excelSerialToParts, expandTwoDigitYear, formatDate, formatDateTime, isValidDate } from './calendar.js';
import type { DateParts } from './calendar.js';
import type { DateOrder } from './date-order.js';
import { scanNumericDateTime } from './date-scan.js';
import { parseNamedMonthDate } from './month-names.js';
import { parseTimeOfDay } from './time-of-day.js';

const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})(?:\2(\d{1,4}))?(?:(?:t|\s+)(.+))?$/;
const CJK_DATE = /^(\d{4}|\d{2})年(\d{1,2})月(?:(\d{1,2})[日号]?)?(?:\s*(.+))?$/;
const WEEKDAY_SUFFIX = /\s*(?:[(（]\s*(?:(?:星期|周|礼拜)[一二三四五六日天]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*[)）]|(?:星期|周|礼拜)[一二三四五六日天])$/;

/** 'YYYY-MM-DD', or null when the cell is not a date. A time part is checked, then dropped. */
export function parseDate(raw: string, order: DateOrder): string | null {
  const len = raw.length;
  if (len === 10 && isIsoDate(raw)) return raw;
  if ((len === 16 || len === 19) && isIsoDate(raw) && isIsoTime(raw, len)) return raw.slice(0, 10);
  const p = parseDateParts(raw, order);
  return p && formatDate(p.y, p.m, p.d);
}

/** parseDate from calendar parts (the typer's path after scanNumericDateTime). */
export function formatDateOnly(p: DateParts): string {
  return formatDate(p.y, p.m, p.d);
}

/** 'YYYY-MM-DDTHH:MM:SS' (local wall time; 00:00:00 when the cell has no time), or null. */
export function parseDateTime(raw: string, order: DateOrder): string | null {
  const len = raw.length;
  if (len === 10 && isIsoDate(raw)) return `${raw}T00:00:00`;
  if ((len === 16 || len === 19) && isIsoDate(raw) && isIsoTime(raw, len)) {
    const iso = raw.charCodeAt(10) === 84 /* T */ ? raw : `${raw.slice(0, 10)}T${raw.slice(11)}`;
    return len === 16 ? `${iso}:00` : iso;
  }
  const p = parseDateParts(raw, order);
  return p && formatDateTime(p);
}

/** Every accepted form, as calendar parts: the scanner for common numeric shapes, else patterns. */
export function parseDateParts(raw: string, order: DateOrder): DateParts | null {
  const scanned = scanNumericDateTime(raw, order);
  return scanned === undefined ? parseDatePartsByPattern(raw, order) : scanned;
}

/** The general (slow) path, by regular expressions; also the reference the scanner is tested against. */
export function parseDatePartsByPattern(raw: string, order: DateOrder): DateParts | null {
  let s = /[^\x20-\x7e]/.test(raw) ? raw.normalize('NFKC') : raw;
  s = s.trim().replace(/\s+/g, ' ').toLowerCase().replace(WEEKDAY_SUFFIX, '');
  if (PLAIN_NUMBER.test(s)) return numericDate(s);
  let m = NUMERIC_DATE.exec(s);
  if (m) return numericTriple(m[1], m[3], m[4], m[5], order);
  m = CJK_DATE.exec(s);
  if (m) {
    const y = m[1].length === 2 ? expandTwoDigitYear(Number(m[1])) : Number(m[1]);
    if (m[3] === undefined && m[4] !== undefined) return null;
    return withTime(y, Number(m[2]), m[3] === undefined ? 1 : Number(m[3]), m[4]);
  }
  const named = parseNamedMonthDate(s);
  return named && withTime(named.y, named.m, named.d, named.rest);
}

function numericTriple(a: string, b: string, c: string | undefined, rest: string | undefined, order: DateOrder): DateParts | null {
  if (c === undefined) {
    // Year-month (`2025-01`) only: `1/3` without a year is not a date.
    return a.length === 4 && rest === undefined ? withTime(Number(a), Number(b), 1, undefined) : null;
  }
  if (a.length === 4) return c.length <= 2 ? withTime(Number(a), Number(b), Number(c), rest) : null;
  if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
  const y = c.length === 2 ? expandTwoDigitYear(Number(c)) : Number(c);
  // 'ymd' means the column had no a/b/y cells to learn from: fall back to day-first.
  return order === 'mdy' ? withTime(y, Number(a), Number(b), rest) : withTime(y, Number(b), Number(a), rest);
}

function numericDate(s: string): DateParts | null {
  if (/^(?:\d{8}|\d{14})$/.test(s)) {
    const y = Number(s.slice(0, 4));
    if (y < 1900 || y > 2100) return null;
    const time = s.length === 14 ? `${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}` : undefined;
    return withTime(y, Number(s.slice(4, 6)), Number(s.slice(6, 8)), time);
  }
  const n = Number(s);
  if (n < SERIAL_MIN || n > SERIAL_MAX) return null;
  return excelSerialToParts(n);
}

function withTime(y: number, m: number, d: number, rest: string | undefined): DateParts | null {
  if (!isValidDate(y, m, d)) return null;
  if (rest === undefined) return { y, m, d, seconds: 0 };
  const seconds = parseTimeOfDay(rest);
  return seconds === null ? null : { y, m, d, seconds };
}

/**
 * isIsoDate and isIsoTime on the byte lane's UTF-8 cell bytes[start, end): its length when it
 * is `YYYY-MM-DD` (10), then ` HH:MM` or `THH:MM` (16), then `:SS` (19), valid as parseDate
 * and parseDateTime check these shapes; else 0 (any other shape takes the string way).
 */
export function isoDateTimeLength(bytes: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if ((len !== 10 && len !== 16 && len !== 19) || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return 0;
  const y = byteDigit(bytes, start) * 1000 + byteDigit(bytes, start + 1) * 100 + byteDigit(bytes, start + 2) * 10 + byteDigit(bytes, start + 3);
  const m = byteDigit(bytes, start + 5) * 10 + byteDigit(bytes, start + 6);
  const d = byteDigit(bytes, start + 8) * 10 + byteDigit(bytes, start + 9);
  if (y < 0 || m < 0 || d < 0 || !isValidDate(y, m, d)) return 0;
  if (len === 10) return len;
  const sep = bytes[start + 10];
  if ((sep !== 32 && sep !== 84) || bytes[start + 13] !== 58) return 0;
  const h = byteDigit(bytes, start + 11) * 10 + byteDigit(bytes, start + 12);
  const mi = byteDigit(bytes, start + 14) * 10 + byteDigit(bytes, start + 15);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return 0;
  if (len === 16) return len;
  const sec = byteDigit(bytes, start + 17) * 10 + byteDigit(bytes, start + 18);
  return bytes[start + 16] === 58 && sec >= 0 && sec <= 59 ? len : 0;
}

function byteDigit(bytes: Uint8Array, i: number): number {
  const c = bytes[i] - 48;
  return c >= 0 && c <= 9 ? c : -10000;
}

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -10000; // poisons any sum it enters
}

/** Fast check of `YYYY-MM-DD` at the start of s (the common case, ~10× the slow path). */
function isIsoDate(s: string): boolean {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
  const m = digitAt(s, 5) * 10 + digitAt(s, 6);
  const d = digitAt(s, 8) * 10 + digitAt(s, 9);
  return y >= 0 && m >= 0 && d >= 0 && isValidDate(y, m, d);
}

/** Fast check of ` HH:MM` / `THH:MM:SS` after an ISO date in a string of length len (16 or 19). */
function isIsoTime(s: string, len: number): boolean {
  const sep = s.charCodeAt(10);
  if ((sep !== 32 && sep !== 84) || s.charCodeAt(13) !== 58) return false;
  const h = digitAt(s, 11) * 10 + digitAt(s, 12);
  const mi = digitAt(s, 14) * 10 + digitAt(s, 15);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return false;
  if (len === 16) return true;
  const sec = digitAt(s, 17) * 10 + digitAt(s, 18);
  return s.charCodeAt(16) === 58 && sec >= 0 && sec <= 59;
}
