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

/** A key the catalogues hold: an error can carry one as a param, put into words where the language is known. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(catalogues.en, value);
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** Picks zh-CN for any Chinese locale tag (zh, zh_CN.UTF-8, zh-Hans…), else English. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string, at: number) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return lang === 'zh-CN' ? spacedInChinese(value, template[at - 1], template[at + whole.length]) : value;
  });
}

const HAN = /\p{Script=Han}/u;
/** Characters Chinese text sets without a space next to Han: Han itself, CJK and full-width punctuation, Chinese quotes, spaces. */
const SETS_TIGHT = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\s]/u;

/**
 * Chinese templates write placeholders tight against their Chinese neighbours
 * (`在模型的抽样中{channel}占{share}`); the value decides the spacing, as Chinese typesetting
 * does: a Chinese word stays tight (中户外占), Latin text, digits and figures get a space
 * from the Han beside them (中 Google Ads 占 40%). One rule here instead of a guess per
 * template, which went wrong whenever a channel could be 户外 or Google Ads.
 */
function spacedInChinese(value: string, before: string | undefined, after: string | undefined): string {
  if (value === '') return value;
  const first = /^./su.exec(value)![0];
  const last = /.$/su.exec(value)![0];
  const lead = before !== undefined && HAN.test(before) && !SETS_TIGHT.test(first) ? ' ' : '';
  const trail = after !== undefined && HAN.test(after) && !SETS_TIGHT.test(last) ? ' ' : '';
  return `${lead}${value}${trail}`;
}
