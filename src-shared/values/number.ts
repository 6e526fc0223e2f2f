/**
 * Numbers as spreadsheets write them: currency signs, thousands separators, percentages,
 * Chinese magnitude suffixes (万 = 10⁴, 亿 = 10⁸), accounting negatives and full-width
 * digits.
 *
 * Separator rules (default, "decimal point" convention):
 * - `,` ` ` `'` group thousands only in valid positions: 1–3 digits, then groups of exactly
 *   3 (`1,234,567.89`, `1 234`, `1'234`). `1,234` is 1234.
 * - A decimal comma is accepted in one unambiguous shape: a dot-grouped integer followed by
 *   a single comma and 1–2 digits (`1.234,56` → 1234.56), or the same with space grouping
 *   (`1 234,56`). `1.234.567` (several dot groups) is 1234567.
 * - Anything else with a comma, `、`, `;` or inner spaces between digits (`1,2,3`, `1,5`,
 *   `12,34,567`, `1 2`) is 'ambiguous': several values, or a convention we cannot tell.
 * With `decimalComma` (a column detected as European, see detectDecimalComma) the roles
 * swap: `.` groups thousands and `,` is the decimal mark (`12,5` → 12.5, `1.234` → 1234).
 */
import { isMissingToken } from './missing-token.js';

export type ParsedNumber = number | null | 'ambiguous';

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
const PLAIN_INTEGER = /^-?\d+$/;
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?e[+-]?\d+$/i;

const CURRENCY_PREFIX = String.raw`us\$|hk\$|rmb|cny|usd|eur|gbp|hkd|人民币|[¥$€£]`;
const CURRENCY_SUFFIX = String.raw`元|rmb|cny|usd|eur|gbp|hkd|美元|港元|人民币|块`;
const MULTIPLIER = String.raw`%|‰|百万|千万|万|亿|千|k|w`;
/** sign, currency, sign, digits, magnitude, currency — each part optional but the digits. */
const DECORATED = new RegExp(
  String.raw`^([+-])?\s*(?:${CURRENCY_PREFIX})?\s*([+-])?\s*([\d.,' ;、]*\d[\d.,' ;、]*)\s*(${MULTIPLIER})?\s*(?:${CURRENCY_SUFFIX})?$`,
  'i',
);

/** Power of ten each magnitude suffix stands for. */
const EXPONENT: Record<string, number> = { '%': -2, '‰': -3, 千: 3, k: 3, 万: 4, w: 4, 百万: 6, 千万: 7, 亿: 8 };

const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const GROUPED_SPACE_OR_QUOTE = /^\d{1,3}([ '])\d{3}(?:\1\d{3})*(?:\.\d+)?$/;
const EUROPEAN_DECIMAL = /^\d{1,3}(?:\.\d{3})+,\d{1,2}$/;
const EUROPEAN_INTEGER = /^\d{1,3}(?:\.\d{3}){2,}$/;
const FRENCH_DECIMAL = /^\d{1,3}(?: \d{3})+,\d{1,2}$/;
const PLAIN_BODY = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

const COMMA_PLAIN_BODY = /^(?:\d+(?:,\d*)?|,\d+)$/;
const COMMA_DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_SPACE_GROUPED = /^\d{1,3}([ '])\d{3}(?:\1\d{3})*(?:,\d+)?$/;

const LIST_SEPARATOR = /[,;、]|\d\s+\d/;

/**
 * Parses one cell as a number.
 * Returns the number; `null` when the cell holds no number (empty, a placeholder such as
 * `--`/`N/A`, or text — tell those apart with isMissingToken); 'ambiguous' when it holds
 * what looks like several numbers or an unreadable separator convention (`1,2,3`).
 * @example parseNumber('¥1,200') // 1200
 * @example parseNumber('12.5%')  // 0.125
 * @example parseNumber('1.2万')   // 12000
 */
export function parseNumber(raw: string, decimalComma = false): ParsedNumber {
  if (isPlainNumber(raw, decimalComma)) return finiteOrNull(Number(raw));
  return parseDecorated(raw, decimalComma);
}

/** 10^0 … 10^15, all exact doubles. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * `Number(raw)` for a plain decimal (`-12`, `3.50`; no point when `integersOnly`), else
 * NaN — without a regex or a string-to-number call, for the hot path of every import.
 * Exact by construction: up to 15 digits the digits form an exact integer m < 2^53, and
 * m / 10^k with k ≤ 22 is correctly rounded (Clinger's fast path), which is what
 * `Number()` returns. Longer numbers return NaN and take the general path.
 */
export function plainDecimalValue(raw: string, integersOnly = false): number {
  const n = raw.length;
  if (n === 0 || n > 17) return NaN;
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (point) scale++;
    } else if (c === 46 && !point && !integersOnly && digits > 0) {
      point = true;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15 || (point && scale === 0)) return NaN;
  const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
  return raw.charCodeAt(0) === 45 ? -value : value;
}

/** plainDecimalValue over the bytes [start, end) of ASCII text (the import's byte lane). */
export function plainDecimalBytes(bytes: Uint8Array, start: number, end: number, integersOnly = false): number {
  const n = end - start;
  if (n <= 0 || n > 17) return NaN;
  const negative = bytes[start] === 45;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (let i = negative ? start + 1 : start; i < end; i++) {
    const c = bytes[i];
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (point) scale++;
    } else if (c === 46 && !point && !integersOnly && digits > 0) {
      point = true;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > 15 || (point && scale === 0)) return NaN;
  const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
  return negative ? -value : value;
}

/** True when `Number(raw)` is the whole story (`-12`, `3.5`): the hot path of every import. */
export function isPlainNumber(raw: string, decimalComma = false): boolean {
  return decimalComma ? PLAIN_INTEGER.test(raw) : PLAIN_DECIMAL.test(raw);
}

function parseDecorated(raw: string, decimalComma: boolean): ParsedNumber {
  let s = /[^\x20-\x7e]/.test(raw) ? raw.normalize('NFKC').replace(/\u2212/g, '-') : raw;
  s = s.trim();
  if (isMissingToken(s)) return null;
  if (SCIENTIFIC.test(s)) return finiteOrNull(Number(s));
  let parenthesised = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    parenthesised = true;
    s = s.slice(1, -1).trim();
  }
  const m = DECORATED.exec(s);
  if (!m) return null;
  const [, signBefore, signAfter, body, multiplier] = m;
  if ((signBefore && signAfter) || (parenthesised && (signBefore || signAfter))) return null;
  const digits = canonicalDigits(body.trim(), decimalComma);
  if (digits === null || digits === 'ambiguous') return digits;
  const negative = parenthesised || signBefore === '-' || signAfter === '-';
  const exponent = multiplier ? EXPONENT[multiplier.toLowerCase()] : 0;
  // Shifting the decimal exponent in the string keeps 0.07万 exactly 700 (0.07 * 10000 is not).
  const value = Number(`${negative ? '-' : ''}${digits}${exponent ? `e${exponent}` : ''}`);
  return finiteOrNull(value);
}

/** The body as a plain `1234.56` string, or why it is not one. */
function canonicalDigits(body: string, decimalComma: boolean): string | null | 'ambiguous' {
  if (decimalComma) {
    if (COMMA_PLAIN_BODY.test(body)) return body.replace(',', '.');
    if (COMMA_DOT_GROUPED.test(body)) return body.replace(/\./g, '').replace(',', '.');
    if (COMMA_SPACE_GROUPED.test(body)) return body.replace(/[ ']/g, '').replace(',', '.');
    return LIST_SEPARATOR.test(body) || body.includes('.') ? 'ambiguous' : null;
  }
  if (PLAIN_BODY.test(body)) return body;
  if (GROUPED_COMMA.test(body)) return body.replace(/,/g, '');
  if (GROUPED_SPACE_OR_QUOTE.test(body)) return body.replace(/[ ']/g, '');
  if (EUROPEAN_DECIMAL.test(body)) return body.replace(/\./g, '').replace(',', '.');
  if (EUROPEAN_INTEGER.test(body)) return body.replace(/\./g, '');
  if (FRENCH_DECIMAL.test(body)) return body.replace(/ /g, '').replace(',', '.');
  return LIST_SEPARATOR.test(body) ? 'ambiguous' : null;
}

function finiteOrNull(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n; // no -0 in stored data
}
