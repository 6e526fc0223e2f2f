/**
 * Every role a dataset kind declares is named in words in both languages: the mapping step,
 * the batch list, the missing-column notes and the quality report show these labels, and a
 * role without one falls back to its raw id (roleLabel), which a marketer cannot read.
 */
import { describe, expect, it } from 'vitest';
import { DATASET_KINDS, KIND_ROLES } from '../kinds.js';
import { LANGS, translate, type MessageKey } from './index.js';
import { roleLabel } from './role-label.js';

const DECLARED = DATASET_KINDS.flatMap((kind) => KIND_ROLES[kind].map((spec) => ({ kind, role: spec.role })));

describe.each(LANGS.map((lang) => [lang] as const))('role labels in %s', (lang) => {
  const t = (key: MessageKey): string => translate(lang, key);

  it('name every role any kind declares', () => {
    const unnamed = DECLARED.filter(({ kind, role }) => roleLabel(t, role, kind) === role).map(({ kind, role }) => `${kind}.${role}`);
    expect(unnamed).toEqual([]);
  });

  it("say a spend export's impressions, conversions and revenue are the platform's own figures", () => {
    for (const role of ['impressions', 'conversions', 'revenue']) {
      const spend = roleLabel(t, role, 'spend');
      expect(spend, role).not.toBe(roleLabel(t, role));
      expect(spend, role).toMatch(lang === 'en' ? /platform-reported/ : /平台/);
    }
    // The shop's own orders keep the plain word.
    expect(roleLabel(t, 'revenue', 'orders')).toBe(roleLabel(t, 'revenue'));
  });
});
