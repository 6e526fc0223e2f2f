/**
 * The synonym list of each (kind, role): the general names of the role plus the kind's
 * own names (kind-synonyms.ts), compiled once into header forms.
 */
import type { DatasetKind } from '@shared/kinds.js';
import { headerForm } from './header-form.js';
import { KIND_SYNONYMS } from './kind-synonyms.js';
import type { Synonym } from './synonym.js';
import { MARKETING_SYNONYMS } from './synonyms-marketing.js';
import { PEOPLE_SYNONYMS } from './synonyms-people.js';
import { TIME_SYNONYMS } from './synonyms-time.js';

export const ROLE_SYNONYMS: Readonly<Record<string, readonly Synonym[]>> = {
  ...TIME_SYNONYMS,
  ...MARKETING_SYNONYMS,
  ...PEOPLE_SYNONYMS,
};

export interface CompiledSynonym {
  /** Letters and digits only (`convvalue`). */
  compact: string;
  tokens: string[];
  /** Contains non-ASCII (Chinese): matched by substring, not by words. */
  cjk: boolean;
  weight: number;
}

const compiled = new Map<string, readonly CompiledSynonym[]>();

export function synonymsOf(kind: DatasetKind, role: string): readonly CompiledSynonym[] {
  const key = `${kind}:${role}`;
  let list = compiled.get(key);
  if (!list) {
    const byName = new Map<string, CompiledSynonym>();
    // General names first, so the kind's entry for the same name replaces them.
    for (const synonym of [...(ROLE_SYNONYMS[role] ?? []), ...(KIND_SYNONYMS[kind]?.[role] ?? [])]) {
      const [name, weight] = typeof synonym === 'string' ? [synonym, 1] : synonym;
      const form = headerForm(name);
      byName.set(form.compact, { compact: form.compact, tokens: form.tokens, cjk: /[^\x20-\x7e]/.test(form.compact), weight });
    }
    list = [...byName.values()];
    compiled.set(key, list);
  }
  return list;
}
