/**
 * Budget allocation across channels by equalising marginal ROAS (the KKT conditions of
 * maximising Σ r_c(s_c) subject to Σ s_c = B and bounds; Boyd & Vandenberghe, "Convex
 * Optimization", §5.5.3, the water-filling example). For a multiplier λ each channel
 * maximises its own Lagrangian r_c(s) − λ·s on its bounds; total spend falls as λ rises,
 * so bisection on λ meets the budget. For concave curves this is exact. An S-shaped Hill
 * curve is convex below its inflection, where the Lagrangian's maximum lies at an end or
 * on the concave branch: the three candidates (lower bound, upper bound, the concave
 * branch's stationary point) are compared directly, so no channel is stranded in its
 * convex part. λ never goes below 1: money is never placed where a unit of spend returns
 * less than a unit of revenue (the break-even guard); what cannot be placed is returned.
 */
import { inflectionSpend, marginalResponse, weeklyResponse } from './response-curve.js';
import type { ChannelCurve } from '../mmm/types.js';

export interface AllocationChannel {
  name: string;
  curve: ChannelCurve;
  /** Weekly spend per channel now (recent weeks' mean): the default bounds are ±30 % of it. */
  currentSpend: number;
  lower?: number;
  upper?: number;
  locked?: boolean;
  /** The largest weekly spend seen in the history: beyond it the curve is extrapolated. */
  observedMax?: number;
}

export interface Bounds {
  lower: number;
  upper: number;
}

export const DEFAULT_BOUNDS = { lower: 0.7, upper: 1.3 } as const;
const BISECTION_STEPS = 60;

export function boundsOf(channel: AllocationChannel): Bounds {
  if (channel.locked) return { lower: channel.currentSpend, upper: channel.currentSpend };
  const lower = channel.lower ?? channel.currentSpend * DEFAULT_BOUNDS.lower;
  const upper = channel.upper ?? channel.currentSpend * DEFAULT_BOUNDS.upper;
  if (!(lower >= 0 && upper >= lower)) throw new RangeError(`bounds of ${channel.name}: need 0 ≤ lower ≤ upper, got ${lower}…${upper}`);
  return { lower, upper };
}

/** The spend in [lo, hi] maximising r(s) − λ·s (ties keep the smaller spend). */
export function bestSpendAt(curve: ChannelCurve, bounds: Bounds, lambda: number): number {
  const { lower, upper } = bounds;
  const start = Math.min(upper, Math.max(lower, inflectionSpend(curve)));
  // On the concave branch r' falls, so r'(s) = λ has at most one root: bisection.
  let stationary = start;
  if (marginalResponse(curve, start) > lambda) {
    let lo = start;
    let hi = upper;
    if (marginalResponse(curve, hi) >= lambda) stationary = hi;
    else {
      for (let i = 0; i < BISECTION_STEPS; i++) {
        const mid = (lo + hi) / 2;
        if (marginalResponse(curve, mid) > lambda) lo = mid;
        else hi = mid;
      }
      stationary = (lo + hi) / 2;
    }
  }
  let best = lower;
  let bestValue = weeklyResponse(curve, lower) - lambda * lower;
  for (const s of [stationary, upper]) {
    const value = weeklyResponse(curve, s) - lambda * s;
    if (value > bestValue + 1e-12 * Math.max(1, Math.abs(bestValue))) {
      best = s;
      bestValue = value;
    }
  }
  return best;
}

export function spendAt(channels: readonly AllocationChannel[], bounds: readonly Bounds[], lambda: number): number[] {
  return channels.map((c, i) => bestSpendAt(c.curve, bounds[i], lambda));
}

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** A λ so high that every channel sits at its lower bound. */
export function lambdaCeiling(channels: readonly AllocationChannel[], bounds: readonly Bounds[]): number {
  let ceiling = 1;
  channels.forEach((c, i) => {
    const { lower, upper } = bounds[i];
    const steps = 64;
    for (let k = 0; k <= steps; k++) ceiling = Math.max(ceiling, marginalResponse(c.curve, lower + ((upper - lower) * k) / steps));
    // Average return of the whole range, for S-curves whose jump beats any marginal.
    if (upper > lower) ceiling = Math.max(ceiling, (weeklyResponse(c.curve, upper) - weeklyResponse(c.curve, lower)) / (upper - lower));
  });
  return ceiling * 2 + 1;
}

/**
 * Bisects λ ∈ [1, ceiling]. `accept` must be monotone in λ: with `prefer: 'low'` it holds
 * for all λ above a threshold (spend within a budget, ROAS above a target) and the
 * smallest such λ — the most spend — is returned; with 'high' it holds below a threshold
 * (revenue reaches a goal) and the largest such λ — the least spend — is returned.
 */
export function bisectLambda(
  channels: readonly AllocationChannel[],
  bounds: readonly Bounds[],
  accept: (allocation: number[]) => boolean,
  prefer: 'low' | 'high' = 'low',
): { allocation: number[]; lambda: number } {
  let lo = 1;
  let hi = lambdaCeiling(channels, bounds);
  if (prefer === 'low') {
    const atFloor = spendAt(channels, bounds, lo);
    if (accept(atFloor)) return { allocation: atFloor, lambda: lo };
  }
  let best = spendAt(channels, bounds, prefer === 'low' ? hi : lo);
  let bestLambda = prefer === 'low' ? hi : lo;
  for (let i = 0; i < BISECTION_STEPS; i++) {
    const mid = (lo + hi) / 2;
    const allocation = spendAt(channels, bounds, mid);
    const ok = accept(allocation);
    if (ok) {
      best = allocation;
      bestLambda = mid;
    }
    if (ok === (prefer === 'low')) hi = mid;
    else lo = mid;
  }
  return { allocation: best, lambda: bestLambda };
}

export { total as sumOf };
