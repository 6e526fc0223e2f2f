/** An attribution model's name in the user's language: its glossary term (the id itself when unknown). */
import type { MessageKey } from '@shared/i18n/index.js';
import { modelTermKey } from '@shared/glossary.js';

export function modelName(model: string, t: (key: MessageKey) => string): string {
  const key = modelTermKey(model);
  return key ? t(key) : model;
}
