/** Localised messages: one catalogue per language, one `translate` for every host. */
import { CATALOGUES } from './catalogues.js';
import type { CatalogueKey } from './catalogues.js';

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** A key of any catalogue (catalogues.ts): host messages, screens, report, glossary. */
export type MessageKey = CatalogueKey;

const catalogues: Record<Lang, Readonly<Record<MessageKey, string>>> = {
  en: Object.assign({}, ...CATALOGUES.map((c) => c.en)) as Record<MessageKey, string>,
  'zh-CN': Object.assign({}, ...CATALOGUES.map((c) => c.zh)) as Record<MessageKey, string>,
};

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Picks zh-CN for any Chinese locale tag (zh, zh_CN.UTF-8, zh-Hans…), else English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
