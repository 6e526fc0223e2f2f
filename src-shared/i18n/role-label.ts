/** A column role in words, or the stored name itself when the role has no words (extra attributes). */
import type { MessageKey } from './index.js';

export function roleLabel(t: (key: MessageKey) => string, role: string): string {
  const key = `ui.role.${role}` as MessageKey;
  const text = t(key);
  return text === key ? role : text;
}
