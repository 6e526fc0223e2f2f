/** Numbers and dates in the user's language (Intl). */
import type { Lang } from '@shared/i18n/index.js';

/** Always `digits` decimals, as the report and the CLI print them: ROAS 0.90×, never 0.9× on screen and 0.90× on paper. */
export function formatNumber(lang: Lang, value: number, digits = 0): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatDateTime(lang: Lang, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const STORED_TIME = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::(\d\d)(?:\.000)?)?Z?$/;

/**
 * A stored time (ISO, `2025-01-05T10:00:00`) as a reader writes it: without seconds that
 * are zero, and a time at midnight as its date (order exports give dates; the importer
 * stores them at midnight). Any other text is returned as it is.
 */
export function storedTimeText(value: string): string {
  const m = STORED_TIME.exec(value);
  if (!m) return value;
  const [, day, minutes, seconds] = m;
  if (minutes === '00:00' && (seconds === undefined || seconds === '00')) return day;
  return seconds === undefined || seconds === '00' ? `${day} ${minutes}` : `${day} ${minutes}:${seconds}`;
}
