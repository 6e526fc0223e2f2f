/**
 * Calendar days as integers (days since 1970-01-01, UTC), so that the models compare and
 * subtract dates without time zones or daylight-saving surprises.
 */

const MS_PER_DAY = 86_400_000;

/**
 * Day number of an ISO date `YYYY-MM-DD`, optionally followed by a time
 * (`T` or space, then anything). Returns null for anything else or an impossible date
 * (2025-02-30).
 */
export function parseDay(text: string): number | null {
  if (typeof text !== 'string' || text.length < 10) return null;
  if (text.length > 10 && text[10] !== 'T' && text[10] !== ' ') return null;
  if (text[4] !== '-' || text[7] !== '-') return null;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCDate() !== day || back.getUTCMonth() !== month - 1) return null;
  return ms / MS_PER_DAY;
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A memoised {@link formatDay}: formatting through Date is slow, and a million customers
 * share a few hundred distinct days.
 */
export function makeDayFormatter(): (day: number) => string {
  const cache = new Map<number, string>();
  return (day) => {
    let text = cache.get(day);
    if (text === undefined) {
      text = formatDay(day);
      cache.set(day, text);
    }
    return text;
  };
}

/** Months since year 0 (year·12 + month − 1): consecutive months differ by one. */
export function monthIndexOfDay(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** `YYYY-MM` of a month index from {@link monthIndexOfDay}. */
export function formatMonth(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * Parses a required date option (as-of, calibration end…): a RangeError names the
 * option, because a bad option is a programming or validation error, not bad data.
 */
export function requireDay(text: string, name: string): number {
  const day = parseDay(text);
  if (day === null) throw new RangeError(`${name} must be a date YYYY-MM-DD, got ${JSON.stringify(text)}`);
  return day;
}
