/**
 * Thin-data honesty, one shape for every analysis (issue 14 Deliver 4: thin data gets a plain-language verdict, never a confident wrong figure).
 *
 * Before fitting, an analysis lists what it needs — customers, repeat buyers, weeks of
 * history, journeys per channel, conversions — as `DataCheck`s: what it has against the
 * minimum below which results are thin (`thinBelow`) or not computed at all
 * (`refuseBelow`). After fitting, problems of the fit itself — parameters run off to the
 * edge of their range, a degenerate solution — are `FitProblem`s. The verdict is the worst
 * of them: `ok`, `thin` (shown, with the reason), `notReliable` (figures withheld, the
 * reason shown instead) or `refused` (not run; the reason says what would help).
 * The rules per analysis are tabled in the README ("How much data each analysis needs").
 */

import type { DataCheck, FitProblem, Reliability, Verdict } from '@shared/reliability.js';

export type { DataCheck, FitProblem, Reliability, Verdict };

const RANK: Record<Verdict, number> = { ok: 0, thin: 1, notReliable: 2, refused: 3 };

export function worst(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((w, v) => (RANK[v] > RANK[w] ? v : w), 'ok');
}

/** One pre-fit check: `have` against the two minimums. */
export function checkNeed(code: string, have: number, thinBelow: number, refuseBelow = 0): DataCheck {
  const verdict: Verdict = have < refuseBelow ? 'refused' : have < thinBelow ? 'thin' : 'ok';
  return { code, have, thinBelow, refuseBelow, verdict };
}

/** The verdict of a set of checks and fit problems (any problem makes the fit not reliable). */
export function assess(checks: readonly DataCheck[], problems: readonly FitProblem[] = []): Reliability {
  const verdict = worst([...checks.map((c) => c.verdict), ...(problems.length > 0 ? (['notReliable'] as const) : [])]);
  return { verdict, checks: [...checks], problems: [...problems] };
}

/**
 * Parameters a maximum-likelihood fit drove to the edge of the range it can mean anything
 * in: optimised on log scale they are unbounded, so a flat likelihood lets them run towards
 * 0 or ∞ (e.g. BG/NBD a = b → 0, Gamma-Gamma q → 1e9 on three months of data). Outside
 * [1e-4, 1e5] the value is an artefact of where the optimiser stopped, not an estimate.
 */
export function parametersAtEdge(params: Readonly<Record<string, number>>, low = 1e-4, high = 1e5): FitProblem[] {
  return Object.entries(params)
    .filter(([, v]) => !(Number.isFinite(v) && v >= low && v <= high))
    .map(([parameter, value]) => ({ code: 'parameterAtEdge', params: { parameter, value } }));
}
