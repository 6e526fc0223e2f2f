/**
 * Names as a client reads them: attribution models and, in Chinese reports, the Chinese
 * names of the channels the importer stores under their canonical (English) names
 * (one table for reports, screens and CLI: src-shared/i18n/channels.ts).
 */
import { modelTermKey } from '@shared/glossary.js';
import { channelName } from '@shared/i18n/channels.js';
import type { Formatter } from './format.js';

export function channelLabel(channel: string, f: Formatter): string {
  return channelName(f.lang, channel);
}

/** An attribution model by its glossary name, as on screen. */
export function modelLabel(model: string, f: Formatter): string {
  const key = modelTermKey(model);
  return key ? f.t(key) : model;
}

/** A bilingual label ({en, zh}) in the report's language. */
export function bilingual(label: { en: string; zh: string }, f: Formatter): string {
  return f.lang === 'zh-CN' ? label.zh : label.en;
}

/** The report's title: the consultant's own (remembered per project), else the app's. */
export function reportTitle(m: { branding: { title: string } }, f: { t: (key: 'report.title') => string }): string {
  return m.branding.title || f.t('report.title');
}
