/** Localised messages: one catalogue per language, one `translate` for every host. */
import { en } from './en.js';
import { zhCN } from './zh-CN.js';
import { uiEn } from './ui-en.js';
import { uiZhCN } from './ui-zh-CN.js';
import { reportEn } from './report-en.js';
import { reportZhCN } from './report-zh-CN.js';
import { uiGoalsEn } from './ui-goals-en.js';
import { uiGoalsZhCN } from './ui-goals-zh-CN.js';
import { uiModelsEn } from './ui-models-en.js';
import { uiModelsZhCN } from './ui-models-zh-CN.js';
import { glossaryEn } from './glossary-en.js';
import { glossaryZhCN } from './glossary-zh-CN.js';
import { uiSentimentEn } from './ui-sentiment-en.js';
import { uiSentimentZhCN } from './ui-sentiment-zh-CN.js';
import { uiMmmEn } from './ui-mmm-en.js';
import { uiMmmZhCN } from './ui-mmm-zh-CN.js';

export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** Messages of every host (en.ts), the words of the app's screens (ui-en.ts, keys `ui.…`), of the reports (report-en.ts, keys `report.…`) and the glossary (glossary-en.ts, keys `term.…`). */
export type MessageKey = keyof typeof en | keyof typeof uiEn | keyof typeof reportEn | keyof typeof uiGoalsEn | keyof typeof uiModelsEn | keyof typeof uiSentimentEn | keyof typeof uiMmmEn | keyof typeof glossaryEn;

const catalogues: Record<Lang, Readonly<Record<MessageKey, string>>> = {
  en: { ...en, ...uiEn, ...reportEn, ...uiGoalsEn, ...uiModelsEn, ...uiSentimentEn, ...uiMmmEn, ...glossaryEn },
  'zh-CN': { ...zhCN, ...uiZhCN, ...reportZhCN, ...uiGoalsZhCN, ...uiModelsZhCN, ...uiSentimentZhCN, ...uiMmmZhCN, ...glossaryZhCN },
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
