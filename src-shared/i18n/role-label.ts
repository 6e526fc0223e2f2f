/** A column role in words, or the stored name itself when the role has no words (extra attributes). */
import type { DatasetKind } from '../kinds.js';
import type { MessageKey } from './index.js';

/**
 * A kind may name a role its own way (`ui.role.<kind>.<role>`) where the same id means something
 * else there: a spend export's conversions and revenue are what the ad platform reports, not
 * the shop's own orders, and the mapping step must say so.
 */
export function roleLabel(t: (key: MessageKey) => string, role: string, kind?: DatasetKind | null): string {
  if (kind) {
    const kindKey = `ui.role.${kind}.${role}` as MessageKey;
    const text = t(kindKey);
    if (text !== kindKey) return text;
  }
  const key = `ui.role.${role}` as MessageKey;
  const text = t(key);
  return text === key ? role : text;
}
