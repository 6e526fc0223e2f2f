/** `roi-studio glossary`: the same terms and words as the screens and the report, in the language asked for. */
import { describe, expect, it } from 'vitest';
import { TERM_IDS } from '@shared/glossary.js';
import { translate } from '@shared/i18n/index.js';
import { runJson } from '../helpers/cli.js';

type Glossary = { glossary: { group: string; terms: { id: string; name: string; definition: string }[] }[] };

describe('the glossary command', () => {
  it('lists every term once, named as the screens name it, in either language', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const terms = runJson<Glossary>(['glossary', '--lang', lang]).glossary.flatMap((g) => g.terms);
      expect(terms.map((t) => t.id)).toEqual([...TERM_IDS]);
      const last = terms.find((t) => t.id === 'last')!;
      expect(last.name).toBe(translate(lang, 'term.last'));
      expect(last.definition).toBe(translate(lang, 'term.last.def'));
    }
    const zh = runJson<Glossary>(['glossary', '--lang', 'zh-CN']).glossary[0].terms[0];
    expect(zh).toMatchObject({ id: 'spend', name: '广告花费' });
  });
});
