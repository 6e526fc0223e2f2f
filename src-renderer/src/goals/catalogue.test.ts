import { describe, expect, it } from 'vitest';
import { uiGoalsEn } from '@shared/i18n/ui-goals-en.js';
import { uiGoalsZhCN } from '@shared/i18n/ui-goals-zh-CN.js';
import { translate } from '@shared/i18n/index.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const PREFIXES = ['ui.goals.', 'ui.dashboard.', 'ui.report.', 'ui.optimise.'];

describe('the goal, dashboard, report and optimise words', () => {
  it('have the same keys in both languages, under their own prefixes', () => {
    expect(Object.keys(uiGoalsZhCN).sort()).toEqual(Object.keys(uiGoalsEn).sort());
    for (const key of Object.keys(uiGoalsEn)) expect(PREFIXES.some((p) => key.startsWith(p)), key).toBe(true);
  });

  it('use the same placeholders, and are translated', () => {
    for (const [key, text] of Object.entries(uiGoalsEn)) {
      const zh = uiGoalsZhCN[key as keyof typeof uiGoalsEn];
      expect(placeholders(zh), key).toEqual(placeholders(text));
      expect(/[\u4e00-\u9fff]/.test(text), key).toBe(false);
      if (/[a-z]{4,} [a-z]{3,}/i.test(text)) expect(zh, key).not.toBe(text);
    }
  });

  it('are reachable through translate()', () => {
    expect(translate('zh-CN', 'ui.goals.type.repeat-rate')).toBe('复购率');
    expect(translate('en', 'ui.dashboard.comparing', { period: 'Dec 2025', previous: 'Nov 2025' })).toBe('Dec 2025, compared with Nov 2025');
  });
});
