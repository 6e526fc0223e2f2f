/**
 * Every catalogue at once (catalogues.ts): the same keys and placeholders in both
 * languages, each key in one catalogue only (a second one would silently win), keys under
 * their catalogue's prefixes, English without Chinese, Chinese not left in English.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues.js';
import { translate } from './index.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const HAN = /[\u4e00-\u9fff]/;
/** English that names Chinese on purpose: the kind hints quote Chinese headers, the tagline is bilingual, CLI examples use Chinese step names. */
const CHINESE_IN_ENGLISH = /^(ui\.kindHint\.|ui\.app\.tagline$|error\.|cli\.|issue\.)/;

describe.each(CATALOGUES.map((c) => [c.name, c] as const))('the %s catalogue', (_, c) => {
  const en = c.en as Readonly<Record<string, string>>;
  const zh = c.zh as Readonly<Record<string, string>>;

  it('has the same keys and placeholders in both languages, under its prefixes', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(text));
      expect(
        c.prefixes.some((p) => key.startsWith(p)),
        key,
      ).toBe(true);
    }
  });

  it('writes Chinese placeholders tight against Chinese characters (translate spaces Latin and digits itself)', () => {
    // Plotly's %{…} is filled by the chart, not by translate: its spacing stays as written.
    const spaced = Object.entries(zh).filter(([, text]) => /\p{Script=Han} \{\w+\}|(?<!%)\{\w+\} \p{Script=Han}/u.test(text));
    expect(spaced).toEqual([]);
  });

  it('is translated both ways', () => {
    for (const [key, text] of Object.entries(en)) if (!CHINESE_IN_ENGLISH.test(key)) expect(HAN.test(text), key).toBe(false);
    const untranslated = Object.entries(zh).filter(([key, text]) => text === en[key] && /[a-z]{4,} [a-z]{3,}/i.test(text));
    expect(untranslated).toEqual([]);
  });
});

describe('Chinese spacing around filled-in words', () => {
  const lowestUnclear = (channel: string, other: string) => translate('zh-CN', 'ui.mmm.reason.lowestUnclear', { channel, share: '40%', other, otherShare: '35%' });

  it('sets a Chinese name tight and Latin names and figures apart from the Han beside them', () => {
    expect(lowestUnclear('户外', '搜索')).toContain('在模型的抽样中户外占 40%，搜索占 35%。');
    expect(lowestUnclear('Google Ads', 'Meta')).toContain('在模型的抽样中 Google Ads 占 40%，Meta 占 35%。');
    expect(translate('zh-CN', 'report.page', { page: 2, pages: 9 })).toBe('第 2 页，共 9 页');
  });

  it('adds no space beside punctuation or an empty value, and none in English', () => {
    expect(translate('zh-CN', 'ui.mmm.reason.channelNeverSpends', { channel: '（无）' })).toBe('（无）在这些周从未花费。');
    expect(translate('zh-CN', 'ui.mmm.reason.channelNeverSpends', { channel: '' })).toBe('在这些周从未花费。');
    expect(translate('en', 'ui.mmm.reason.channelNeverSpends', { channel: 'Search' })).toBe('Search never spends in these weeks.');
  });
});

describe('all catalogues together', () => {
  it('hold each key once', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const c of CATALOGUES) {
      for (const key of Object.keys(c.en)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${c.name})`);
        seen.set(key, c.name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('answer through translate(), falling back to the key only for unknown ones', () => {
    expect(translate('zh-CN', 'ui.step.goal')).toBe('目标');
    expect(translate('en', 'ui.overview.total', { total: '1,000' })).toBe('Total spend 1,000');
    expect(translate('zh-CN', 'error.cancelled')).not.toBe('error.cancelled');
    expect(translate('zh-CN', 'report.section.summary')).toBe('执行摘要');
    expect(translate('en', 'report.page', { page: 2, pages: 9 })).toBe('Page 2 of 9');
    expect(translate('zh-CN', 'term.markov')).toBe('马尔可夫链');
  });
});
