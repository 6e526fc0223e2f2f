/**
 * A thin-data verdict (reliability.ts) in words: what each failed check has against what it
 * needs, and what went wrong in the fit. The screens' notice and the CLI say it alike.
 */
import type { MessageKey } from './i18n/index.js';
import type { Reliability } from './reliability.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type NumberFormat = (value: number, digits?: number) => string;

/** One sentence per failed check and per fit problem; none when all is well. */
export function reliabilityReasons(t: Translate, n: NumberFormat, reliability: Reliability): string[] {
  const count = (v: number): string => n(v, Number.isInteger(v) ? 0 : 1);
  // A fitted parameter can run off to 1e9 or 1e-7: a short exponent reads, eighteen digits do not.
  const value = (v: string | number): string => (typeof v === 'number' ? (Math.abs(v) >= 1e5 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(1) : count(v)) : v);
  return [
    ...reliability.checks
      .filter((c) => c.verdict !== 'ok')
      .map((c) => t(`ui.models.reliability.check.${c.code}` as MessageKey, { have: count(c.have), need: count(c.verdict === 'refused' ? c.refuseBelow : c.thinBelow) })),
    ...reliability.problems.map((p) => t(`ui.models.reliability.problem.${p.code}` as MessageKey, Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, value(v)])))),
  ];
}
