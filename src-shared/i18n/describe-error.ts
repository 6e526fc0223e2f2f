import type { ErrorInfo } from '../errors.js';
import { needsText, parseNeedsParam } from '../analyses/needs.js';
import { translate } from './index.js';
import type { Lang, MessageKey } from './index.js';

/**
 * An error in words. A `reason` param that is itself a message key (a row issue inside
 * a file-level error) is put into words too, with the error's `value`.
 */
export function describeError(lang: Lang, info: ErrorInfo): string {
  const params = { ...info.params };
  if (typeof params.reason === 'string' && params.reason.startsWith('issue.')) {
    params.reason = translate(lang, params.reason as MessageKey, { value: params.value ?? '' });
  }
  // The data an analysis lacks travels as ids (needsParam): named here, in the reader's language.
  const needs = info.code === 'error.needsData' && typeof params.kinds === 'string' ? parseNeedsParam(params.kinds) : null;
  if (needs) params.kinds = needsText((key, p) => translate(lang, key, p), needs);
  return translate(lang, info.code, params);
}
