/**
 * Numbers and words of a report, per language: ¥ with thousands separators, percentages,
 * ratios, and "—" for every undefined figure (null, NaN, ±Infinity never reach a page),
 * by the rules the screens follow too (src-shared/figures.ts).
 */
import { translate } from '@shared/i18n/index.js';
import type { Lang, MessageKey } from '@shared/i18n/index.js';

import { DASH, isFigure as defined, moneyDigits } from '@shared/figures.js';

export { DASH };

export interface Formatter {
  lang: Lang;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** ¥1,234,567 (whole yuan from ¥100 up and for whole amounts, else two decimals). */
  money(x: number | null | undefined): string;
  /** 12,345 (or with `digits` decimals). */
  number(x: number | null | undefined, digits?: number): string;
  /** A share 0…1 as 12.3 %. */
  percent(x: number | null | undefined, digits?: number): string;
  /** Percentage points already in 0…100, as 12.3. */
  points(x: number | null | undefined): string;
  /** A ratio such as ROAS, two decimals. */
  ratio(x: number | null | undefined): string;
  /** `YYYY-MM-DD…` as a calendar date in the language's convention. */
  date(iso: string | null | undefined): string;
  /** A list joined the way the language joins lists. */
  list(items: readonly string[]): string;
}

export function makeFormatter(lang: Lang): Formatter {
  const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  const fixed = new Map<number, Intl.NumberFormat>();
  const nf = (digits: number): Intl.NumberFormat =>
    fixed.get(digits) ?? fixed.set(digits, new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })).get(digits)!;
  const number = (x: number | null | undefined, digits = 0): string => (defined(x) ? nf(digits).format(Object.is(Math.round(x * 10 ** digits), -0) ? 0 : x) : DASH);
  const lists = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    money: (x) => {
      if (!defined(x)) return DASH;
      const digits = moneyDigits(x);
      const text = number(Math.abs(x), digits);
      return x < 0 && text !== number(0, digits) ? `-¥${text}` : `¥${text}`;
    },
    number,
    percent: (x, digits = 1) => (defined(x) ? `${number(x * 100, digits)}%` : DASH),
    points: (x) => number(x, 1),
    ratio: (x) => number(x, 2),
    date: (iso) => {
      if (!iso) return DASH;
      const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
      if (!y || !m || !d) return iso;
      return lang === 'zh-CN' ? `${y}年${m}月${d}日` : new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    },
    list: (items) => (lang === 'zh-CN' ? items.join('、') : lists.format(items)),
  };
}

/** Text for HTML: the five characters that could open markup are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
