import type { ErrorInfo } from '../errors.js';
import { needsText, parseNeedsParam } from '../analyses/needs.js';
import { isMessageKey, translate } from './index.js';
import type { Lang } from './index.js';

/**
 * An error in words. A param that is itself a message key is put into words too: a row
 * issue inside a file-level error (with the error's `value`), or a word thrown where the
 * language is not known (ui.mmm.kpiNoun.revenue → 收入).
 */
export function describeError(lang: Lang, info: ErrorInfo): string {
  const params = { ...info.params };
  for (const [name, value] of Object.entries(params)) {
    if (name !== 'value' && typeof value === 'string' && isMessageKey(value)) params[name] = translate(lang, value, { value: params.value ?? '' });
  }
  // The data an analysis lacks travels as ids (needsParam): named here, in the reader's language.
  const needs = info.code === 'error.needsData' && typeof params.kinds === 'string' ? parseNeedsParam(params.kinds) : null;
  if (needs) params.kinds = needsText((key, p) => translate(lang, key, p), needs);
  return translate(lang, info.code, params);
}
