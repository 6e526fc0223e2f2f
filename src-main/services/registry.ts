/**
 * Handlers register per domain; a name registered twice is a programming error caught
 * at start-up (Actual's way). Every input is parsed with its schema and its paths checked
 * by the host's policy (path-policy.ts) before a handler sees it, and every outcome leaves
 * as a Result envelope.
 */
import { API_INPUTS, API_NAMES } from '@shared/api.js';
import type { ApiName, ApiOutput, ApiParsed, ApiResponse } from '@shared/api.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from '../errors.js';
import { applyPathPolicy, userPaths } from './path-policy.js';
import type { PathPolicy } from './path-policy.js';

export type Handler<N extends ApiName> = (input: ApiParsed<N>) => ApiOutput<N> | Promise<ApiOutput<N>>;
export type HandlerMap = { [N in ApiName]: Handler<N> };

export function combineHandlers(...parts: Partial<HandlerMap>[]): HandlerMap {
  const all: Partial<HandlerMap> = {};
  for (const part of parts) {
    for (const name of Object.keys(part) as ApiName[]) {
      if (name in all) throw new Error(`API handler registered twice: ${name}`);
      (all as Record<string, unknown>)[name] = part[name];
    }
  }
  const missing = API_NAMES.filter((n) => !(n in all));
  if (missing.length > 0) throw new Error(`API handlers missing: ${missing.join(', ')}`);
  return all as HandlerMap;
}

function invalid(detail: string): ErrorInfo {
  return { code: 'error.invalidInput', params: { detail } };
}

/** Parses the input, applies the host's path policy, runs the handler; every outcome is an envelope. */
export async function dispatch(handlers: HandlerMap, name: string, input: unknown, paths: PathPolicy = userPaths): Promise<ApiResponse<ApiName>> {
  if (!Object.hasOwn(API_INPUTS, name)) return { ok: false, error: invalid(`unknown call "${name}"`) };
  const apiName = name as ApiName;
  const parsed = API_INPUTS[apiName].safeParse(input ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || name}: ${i.message}`).join('; ');
    return { ok: false, error: invalid(detail) };
  }
  try {
    const handler = handlers[apiName] as (input: unknown) => unknown;
    return { ok: true, value: (await handler(applyPathPolicy(apiName, parsed.data, paths))) as ApiOutput<ApiName> };
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  }
}
