import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODEL_IDS } from './analyses/index.js';
import { GLOSSARY_GROUPS, TERM_IDS, modelTermKey, termDefinitionKey, termKey } from './glossary.js';
import { glossaryEn } from './i18n/glossary-en.js';
import { glossaryZhCN } from './i18n/glossary-zh-CN.js';
import { LANGS, translate } from './i18n/index.js';

describe('the glossary', () => {
  it('names and defines every term once, in both languages', () => {
    expect(new Set(TERM_IDS).size).toBe(TERM_IDS.length);
    const keys = TERM_IDS.flatMap((id) => [termKey(id), termDefinitionKey(id)]).sort();
    expect(Object.keys(glossaryEn).sort()).toEqual(keys);
    expect(Object.keys(glossaryZhCN).sort()).toEqual(keys);
    for (const id of TERM_IDS) {
      expect(/[\u4e00-\u9fff]/.test(glossaryEn[termDefinitionKey(id)]), id).toBe(false);
      expect(/[\u4e00-\u9fff]/.test(glossaryZhCN[termDefinitionKey(id)]), id).toBe(true);
    }
  });

  it('gives no two terms the same name in a language', () => {
    for (const lang of LANGS) {
      const names = TERM_IDS.map((id) => translate(lang, termKey(id)));
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });

  it('is where every attribution model gets its name', () => {
    for (const model of ATTRIBUTION_MODEL_IDS) {
      expect(GLOSSARY_GROUPS.attribution as readonly string[]).toContain(model);
      expect(modelTermKey(model)).toBe(`term.${model}`);
    }
    expect(modelTermKey('roi')).toBeNull();
    expect(modelTermKey('constructor')).toBeNull();
  });
});
