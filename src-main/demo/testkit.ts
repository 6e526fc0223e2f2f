/**
 * Independent reference computations for the demo's tests (not used by the simulation):
 * they derive what the truth implies by a different route than the simulator takes.
 */
import type { BgNbdParams } from './purchases.js';

/**
 * Unconditional BG/NBD expectation E[X(t)] computed independently of the simulator:
 * E[X(t) | λ, p] = (1 − e^{−λpt}) / p (Fader, Hardie & Lee 2005, eq. 8); averaging over
 * λ ~ Gamma(r, α) gives (1 − (α / (α + pt))^r) / p, then over p ~ Beta(a, b) numerically.
 * Substituting p = v^{1/a} removes the p^{a−1} singularity: the Beta weight becomes
 * (1 − v^{1/a})^{b−1} dv up to a constant, normalised by the same sum.
 */
export function expectedRepeats(t: number, { r, alpha, a, b }: BgNbdParams, steps = 2000): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < steps; i++) {
    const v = (i + 0.5) / steps;
    const p = Math.pow(v, 1 / a);
    const w = Math.pow(1 - p, b - 1);
    num += (w * (1 - Math.pow(alpha / (alpha + p * t), r))) / p;
    den += w;
  }
  return num / den;
}

/**
 * E[X(t)] as a fast function of t for many customers: E[X(t)] is smooth in t, so it is
 * tabulated on a grid of 0.05 weeks and interpolated linearly (error far below the
 * tests' tolerances).
 */
export function expectedRepeatsFunction(params: BgNbdParams): (weeks: number) => number {
  const step = 0.05;
  const cache = new Map<number, number>();
  const at = (i: number): number => {
    let v = cache.get(i);
    if (v === undefined) {
      v = expectedRepeats(i * step, params, 1000);
      cache.set(i, v);
    }
    return v;
  };
  return (t) => {
    const i = Math.floor(t / step);
    const f = t / step - i;
    return (1 - f) * at(i) + f * at(i + 1);
  };
}

/** Σ E[X(T_i)] over customers observed for T_i weeks each. */
export function totalExpectedRepeats(weeksObserved: readonly number[], params: BgNbdParams): number {
  const expected = expectedRepeatsFunction(params);
  return weeksObserved.reduce((sum, t) => sum + expected(t), 0);
}
