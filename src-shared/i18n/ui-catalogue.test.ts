import { describe, expect, it } from 'vitest';
import { uiEn } from './ui-en.js';
import { uiZhCN } from './ui-zh-CN.js';
import { translate } from './index.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  it('have the same keys, all prefixed ui.', () => {
    expect(Object.keys(uiZhCN).sort()).toEqual(Object.keys(uiEn).sort());
    for (const key of Object.keys(uiEn)) expect(key.startsWith('ui.')).toBe(true);
  });

  it('use the same {placeholders} in both languages', () => {
    for (const [key, text] of Object.entries(uiEn)) {
      expect(placeholders(uiZhCN[key as keyof typeof uiEn]), key).toEqual(placeholders(text));
    }
  });

  it('are translated (no Chinese left in English, none of the Chinese identical to English prose)', () => {
    for (const [key, text] of Object.entries(uiEn)) {
      expect(/[\u4e00-\u9fff]/.test(text) && !key.startsWith('ui.kindHint.') && key !== 'ui.app.tagline', key).toBe(false);
    }
    const untranslated = Object.entries(uiZhCN).filter(([key, text]) => text === uiEn[key as keyof typeof uiEn] && /[a-z]{4,} [a-z]{3,}/i.test(text));
    expect(untranslated).toEqual([]);
  });

  it('are reachable through translate() beside the hosts’ messages', () => {
    expect(translate('zh-CN', 'ui.step.goal')).toBe('目标');
    expect(translate('en', 'ui.overview.total', { total: '1,000' })).toBe('Total spend 1,000');
    expect(translate('zh-CN', 'error.cancelled')).not.toBe('error.cancelled');
  });
});
