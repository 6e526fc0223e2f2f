/** Periods and days in the user's language ("Oct 1 – Dec 31, 2025", "2025年10月1日至12月31日"). */
import type { Lang } from '@shared/i18n/index.js';
import type { Period } from '@shared/periods.js';

function utcDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function formatPeriod(lang: Lang, period: Period): string {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  return format.formatRange(utcDate(period.from), utcDate(period.to));
}

export function formatDay(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcDate(iso));
}
