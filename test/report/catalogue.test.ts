import { describe, expect, it } from 'vitest';
import { reportEn } from '@shared/i18n/report-en.js';
import { reportZhCN } from '@shared/i18n/report-zh-CN.js';
import { translate } from '@shared/i18n/index.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('report catalogues', () => {
  it('have the same keys, all prefixed report., with the same placeholders', () => {
    expect(Object.keys(reportZhCN).sort()).toEqual(Object.keys(reportEn).sort());
    for (const [key, text] of Object.entries(reportEn)) {
      expect(key.startsWith('report.'), key).toBe(true);
      expect(placeholders(reportZhCN[key as keyof typeof reportEn]), key).toEqual(placeholders(text));
    }
  });

  it('are translated and reachable through translate()', () => {
    const untranslated = Object.entries(reportZhCN).filter(([key, text]) => text === reportEn[key as keyof typeof reportEn] && /[a-z]{4,} [a-z]{3,}/i.test(text));
    expect(untranslated).toEqual([]);
    for (const text of Object.values(reportEn)) expect(/[\u4e00-\u9fff]/.test(text), text).toBe(false);
    expect(translate('zh-CN', 'report.section.summary')).toBe('执行摘要');
    expect(translate('en', 'report.page', { page: 2, pages: 9 })).toBe('Page 2 of 9');
  });
});
