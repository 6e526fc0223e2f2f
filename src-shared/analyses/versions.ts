/**
 * Saved results across app versions. A result keeps the version of its analysis it was
 * computed by; reading one from an older version runs the definition's migrations up to
 * the current version, and when they cannot get there (or the result comes from a newer
 * app) the result is withheld: the screens say "computed by an older version — run again"
 * rather than draw old fields with new code.
 */
import { ANALYSES } from './index.js';
import type { AnalysisKind } from './index.js';
import type { AnalysisDefinition } from './define.js';

export type ReadableResult = { ok: true; result: Record<string, unknown> } | { ok: false; version: number; current: number };

export function upgradeResult(kind: AnalysisKind, version: number, result: Record<string, unknown>): ReadableResult {
  return upgradeWith(ANALYSES[kind], version, result);
}

export function upgradeWith(definition: Pick<AnalysisDefinition, 'resultVersion' | 'migrations'>, version: number, result: Record<string, unknown>): ReadableResult {
  const current = definition.resultVersion;
  let upgraded = result;
  for (let v = version; v < current; v++) {
    const step = definition.migrations?.[v];
    if (!step) return { ok: false, version, current };
    upgraded = step(upgraded);
  }
  return version > current ? { ok: false, version, current } : { ok: true, result: upgraded };
}
