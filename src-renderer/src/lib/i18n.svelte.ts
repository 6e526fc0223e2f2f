/** The UI language: remembered in localStorage, first chosen from the browser's locale. */
import { isLang, langFromLocale, translate } from '@shared/i18n/index.js';
import type { Lang, MessageKey } from '@shared/i18n/index.js';
import { describeError } from '@shared/i18n/describe-error.js';
import { channelName } from '@shared/i18n/channels.js';
import type { ErrorInfo } from '@shared/errors.js';
import { formatDateTime, formatNumber } from './format.js';

const STORAGE_KEY = 'roi-studio.lang';

/** Errors whose catalogue words speak of CLI flags get the app's own words. */
const UI_WORDING: Partial<Record<MessageKey, MessageKey>> = {
  'error.duplicateImport': 'ui.error.duplicateImport',
  'error.kindUndetected': 'ui.error.kindUndetected',
  'error.kindAmbiguous': 'ui.error.kindUndetected',
  'error.missingColumns': 'ui.error.missingColumns',
};

function initialLang(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved && isLang(saved) ? saved : langFromLocale(navigator.language);
}

export class Locale {
  lang = $state<Lang>(initialLang());

  constructor() {
    $effect.root(() => {
      $effect(() => {
        document.documentElement.lang = this.lang;
        document.title = `${this.t('ui.app.name')} · ${this.t('ui.app.tagline')}`;
        localStorage.setItem(STORAGE_KEY, this.lang);
      });
    });
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.lang, key, params);

  error = (info: ErrorInfo): string => {
    const ui = UI_WORDING[info.code];
    return ui ? translate(this.lang, ui, info.params) : describeError(this.lang, info);
  };

  number = (value: number, digits = 0): string => formatNumber(this.lang, value, digits);

  dateTime = (iso: string): string => formatDateTime(this.lang, iso);

  /** A stored channel as the user reads it (抖音 for Douyin in zh-CN): display text only, never a key. */
  channel = (name: string): string => channelName(this.lang, name);
}
