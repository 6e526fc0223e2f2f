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
