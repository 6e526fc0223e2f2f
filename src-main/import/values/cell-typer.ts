/**
 * Raw spreadsheet cells → stored values, one converter per column. Conventions that a
 * single cell cannot reveal (day- vs month-first dates, decimal comma) are decided once
 * from the column's samples. The converters run ~5M times per 1M-row file, so plain
 * numbers and ISO dates take a regex-free or single-regex path, and everything slower is
 * memoised per distinct raw string (columns repeat their dates, channels and events).
 *
 * Empty cells and placeholders (`--`, `N/A`, isMissingToken) are `{ok: true, value:
 * null}` for numbers, dates, channels and events; text keeps what was written (a product
 * called "NA" is a product) and only the empty string is null. Treat results as
 * read-only: memoised ones are shared between calls (and frozen).
 */
import type { RoleType } from '@shared/kinds.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { BoundedCache } from './bounded-cache.js';
import { normaliseChannel, writtenChannel } from '@shared/values/channel.js';
import { detectDateOrder } from './date-order.js';
import { formatDateOnly, parseDate, parseDateTime } from './date.js';
import { scanNumericDateTime } from './date-scan.js';
import { formatDateTime } from './calendar.js';
import type { DateOrder } from './date-order.js';
import { detectDecimalComma } from '@shared/values/decimal-comma.js';
import { parseEvent } from '@shared/values/event.js';
import { isMissingToken } from '@shared/values/missing-token.js';
import { isPlainNumber, parseNumber } from '@shared/values/number.js';
import { MAX_NUMBER_MAGNITUDE } from '../limits.js';

export type CellValue = string | number | null;
export type Typed = { ok: true; value: CellValue } | { ok: false; code: MessageKey; value: string };
export type CellTyper = (raw: string) => Typed;

const EMPTY: Typed = Object.freeze({ ok: true, value: null });

const ok = (value: CellValue): Typed => Object.freeze({ ok: true, value });
const issue = (code: MessageKey, value: string): Typed => Object.freeze({ ok: false, code, value });

/**
 * The converter for one column of role type `type`; `samples` are up to ~1000 non-empty
 * raw cells of that column.
 */
export function makeCellTyper(type: RoleType, samples: readonly string[]): CellTyper {
  switch (type) {
    case 'number':
      return numberTyper(detectDecimalComma(samples), false);
    case 'integer':
      return numberTyper(detectDecimalComma(samples), true);
    case 'date':
      return dateTyper(detectDateOrder(samples), false);
    case 'datetime':
      return dateTyper(detectDateOrder(samples), true);
    case 'text':
      return (raw) => (raw === '' ? EMPTY : { ok: true, value: raw });
    case 'channel':
      return memoised((raw) => ok(normaliseChannel(raw)));
    case 'event':
      return memoised((raw) => {
        const event = parseEvent(raw);
        return event ? ok(event) : issue('issue.badEvent', raw);
      });
    default:
      return assertUnreachable(type);
  }
}

function numberTyper(decimalComma: boolean, integral: boolean): CellTyper {
  const slow = memoised((raw) => {
    const n = parseNumber(raw, decimalComma);
    if (n === 'ambiguous') return issue('issue.ambiguousNumber', raw);
    if (n === null || (integral && !Number.isInteger(n))) return issue('issue.notANumber', raw);
    if (!withinMagnitude(n)) return issue('issue.tooLarge', raw);
    return ok(n);
  });
  return (raw) => {
    if (isPlainNumber(raw, decimalComma)) {
      const n = Number(raw);
      if (withinMagnitude(n) && (!integral || Number.isInteger(n))) return { ok: true, value: n === 0 ? 0 : n };
    }
    return slow(raw);
  };
}

/** Within the stated limit (limits.ts): 1e308 would pass as a number and make sums infinite. */
export function withinMagnitude(n: number): boolean {
  return Math.abs(n) <= MAX_NUMBER_MAGNITUDE;
}

function dateTyper(order: DateOrder, withTime: boolean): CellTyper {
  const parse = withTime ? parseDateTime : parseDate;
  const format = withTime ? formatDateTime : formatDateOnly;
  const slow = memoised((raw) => {
    const iso = parse(raw, order);
    return iso === null ? issue('issue.notADate', raw) : ok(iso);
  });
  return (raw) => {
    // Common numeric shapes skip the cache: timestamps are nearly all distinct and would
    // only fill it. ISO cells come back from parse() without building a new string.
    const len = raw.length;
    if ((len === 10 || len === 16 || len === 19) && raw.charCodeAt(4) === 45 && raw.charCodeAt(7) === 45) {
      const iso = parse(raw, order);
      if (iso !== null) return { ok: true, value: iso };
    }
    const parts = scanNumericDateTime(raw, order);
    if (parts === undefined) return slow(raw);
    return parts === null ? issue('issue.notADate', raw) : { ok: true, value: format(parts) };
  };
}

/**
 * The channel as the file spelled it (full-width folded, spaces collapsed), kept beside
 * the importer's spelling so the user's channel map can split an alias out of stored
 * rows (store/channel-map.ts); null when the importer kept it as written.
 */
export function makeRawChannelTyper(): CellTyper {
  return memoised((raw) => {
    const written = writtenChannel(raw);
    return written === normaliseChannel(raw) ? EMPTY : ok(written);
  });
}

/** Empty and placeholder cells are null; everything else goes through `convert` once per distinct string. */
function memoised(convert: CellTyper): CellTyper {
  const cache = new BoundedCache<Typed>();
  return (raw) => {
    if (raw === '') return EMPTY;
    const hit = cache.get(raw);
    if (hit) return hit;
    return cache.set(raw, isMissingToken(raw) ? EMPTY : convert(raw));
  };
}

function assertUnreachable(value: never): never {
  throw new Error(`unknown role type ${String(value)}`);
}
