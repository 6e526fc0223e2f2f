/** Names of review aspects in the user's language; an aspect the user added is named by its id. */
import type { MessageKey } from './index.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function aspectName(id: string, t: Translate): string {
  const key = `ui.sentiment.aspect.${id}` as MessageKey;
  const name = t(key);
  return name === key ? id : name;
}
