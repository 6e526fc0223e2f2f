/**
 * Names as a client reads them: attribution models and, in Chinese reports, the Chinese
 * names of the channels the importer stores under their canonical (English) names
 * (one table for reports, screens and CLI: src-shared/i18n/channels.ts).
 */
import type { MessageKey } from '@shared/i18n/index.js';
import { channelName } from '@shared/i18n/channels.js';
import type { Formatter } from './format.js';

export function channelLabel(channel: string, f: Formatter): string {
  return channelName(f.lang, channel);
}

export function modelLabel(model: string, f: Formatter): string {
  const key = `report.model.${model}` as MessageKey;
  const label = f.t(key);
  return label === key ? model : label;
}

/** A bilingual label ({en, zh}) in the report's language. */
export function bilingual(label: { en: string; zh: string }, f: Formatter): string {
  return f.lang === 'zh-CN' ? label.zh : label.en;
}
