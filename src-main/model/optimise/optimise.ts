/**
 * The budget optimiser's three questions (issue 12 item 5), all per week at steady state:
 * - `maximiseRevenue`: the best split of a weekly budget;
 * - `budgetForGoal`: the least budget whose best split brings a weekly media revenue goal;
 * - `targetRoas`: the largest budget whose best split still returns the target ROAS.
 * Expected revenue and uplift carry 90 % intervals from the bootstrap draws (each draw's
 * curves evaluated at the chosen allocation). Unplaced money (break-even guard) and
 * allocations beyond the observed weekly spend are reported, never hidden.
 */
import { interval90 } from '../mmm/metrics.js';
import type { ChannelCurve, Interval } from '../mmm/types.js';
import type { AllocationChannel, Bounds } from './allocate.js';
import { bisectLambda, boundsOf, sumOf } from './allocate.js';
import { inflectionSpend, marginalResponse, weeklyResponse } from './response-curve.js';

export interface AllocationResult {
  /** Weekly spend per channel, in input order. */
  allocation: number[];
  budget: number;
  placed: number;
  /** Budget the break-even guard (or the upper bounds) left unspent. */
  unplaced: number;
  /** Weekly media revenue at the allocation, point fit and 90 % interval. */
  expectedRevenue: number;
  expectedRevenueInterval: Interval;
  /** Against the current spend. */
  uplift: number;
  upliftInterval: Interval;
  marginalRoas: number[];
  /** Channels whose allocation exceeds the largest weekly spend in the history. */
  beyondObserved: string[];
  /** Lower bounds above the budget: it cannot be met. */
  infeasible: boolean;
  lambda: number;
}

export interface OptimiserInput {
  channels: readonly AllocationChannel[];
  /** Bootstrap draws' curves per channel (draws × channels). */
  drawCurves?: readonly (readonly ChannelCurve[])[];
}

function mediaRevenue(curves: readonly ChannelCurve[], allocation: readonly number[]): number {
  return curves.reduce((s, curve, c) => s + weeklyResponse(curve, allocation[c]), 0);
}

function summarise(input: OptimiserInput, bounds: readonly Bounds[], allocation: number[], budget: number, lambda: number): AllocationResult {
  const point = input.channels.map((c) => c.curve);
  const current = input.channels.map((c) => c.currentSpend);
  const draws = input.drawCurves ?? [];
  const revenue = draws.map((curves) => mediaRevenue(curves, allocation));
  const uplift = draws.map((curves) => mediaRevenue(curves, allocation) - mediaRevenue(curves, current));
  const placed = sumOf(allocation);
  const expected = mediaRevenue(point, allocation);
  const upliftPoint = expected - mediaRevenue(point, current);
  return {
    allocation,
    budget,
    placed,
    unplaced: Math.max(0, budget - placed),
    expectedRevenue: expected,
    expectedRevenueInterval: draws.length ? interval90(revenue) : { low: expected, high: expected },
    uplift: upliftPoint,
    upliftInterval: draws.length ? interval90(uplift) : { low: upliftPoint, high: upliftPoint },
    marginalRoas: input.channels.map((c, i) => marginalResponse(c.curve, allocation[i])),
    beyondObserved: input.channels.filter((c, i) => c.observedMax !== undefined && allocation[i] > c.observedMax * (1 + 1e-9)).map((c) => c.name),
    infeasible: sumOf(bounds.map((b) => b.lower)) > budget * (1 + 1e-12),
    lambda,
  };
}

/**
 * After bisection an S-shaped channel may jump past the budget; the gap then goes, whole,
 * to the channel that earns most on it — if that still breaks even.
 */
function fillGap(input: OptimiserInput, bounds: readonly Bounds[], allocation: number[], budget: number): number[] {
  const gap = budget - sumOf(allocation);
  if (gap <= 1e-9 * Math.max(1, budget)) return allocation;
  let best = -1;
  let bestGain = gap; // at least break-even on the increment
  input.channels.forEach((c, i) => {
    const room = Math.min(gap, bounds[i].upper - allocation[i]);
    if (room <= 0) return;
    const gain = weeklyResponse(c.curve, allocation[i] + room) - weeklyResponse(c.curve, allocation[i]);
    if (gain / room >= 1 && gain * (gap / room) > bestGain) {
      best = i;
      bestGain = gain * (gap / room);
    }
  });
  if (best < 0) return allocation;
  const out = allocation.slice();
  out[best] += Math.min(gap, bounds[best].upper - allocation[best]);
  return out;
}

/** Channels whose S-shaped curve turns concave inside their bounds (on/off choices for the exact search). */
function sShapedInside(input: OptimiserInput, bounds: readonly Bounds[]): number[] {
  return input.channels.flatMap((c, i) => {
    const inflection = inflectionSpend(c.curve);
    return inflection > bounds[i].lower && bounds[i].upper > bounds[i].lower ? [i] : [];
  });
}

/** Up to 2^6 on/off combinations of S-shaped channels are searched exactly; beyond, the plain Lagrangian. */
const MAX_EXACT_S_SHAPED = 6;

/**
 * Best split of a weekly budget; money that would earn less than it costs is returned
 * unplaced. S-shaped channels make the problem non-concave (a Lagrangian can miss the
 * optimum by a jump), so each is either held at its lower bound or restricted to its
 * concave branch, every combination is solved exactly, and the best one wins.
 */
export function maximiseRevenue(input: OptimiserInput, budget: number): AllocationResult {
  const bounds = input.channels.map(boundsOf);
  const lowerTotal = sumOf(bounds.map((b) => b.lower));
  if (lowerTotal >= budget) {
    return summarise(input, bounds, bounds.map((b) => b.lower), budget, Infinity);
  }
  const point = input.channels.map((c) => c.curve);
  const solve = (b: readonly Bounds[]) => {
    const { allocation, lambda } = bisectLambda(input.channels, b, (a) => sumOf(a) <= budget);
    const filled = fillGap(input, b, allocation, budget);
    return { allocation: filled, lambda, revenue: mediaRevenue(point, filled) - sumOf(filled) };
  };
  let best = solve(bounds);
  const sShaped = sShapedInside(input, bounds);
  if (sShaped.length && sShaped.length <= MAX_EXACT_S_SHAPED) {
    for (let mask = 0; mask < 1 << sShaped.length; mask++) {
      const restricted = bounds.map((b) => ({ ...b }));
      sShaped.forEach((i, bit) => {
        if (mask & (1 << bit)) restricted[i].lower = Math.min(restricted[i].upper, inflectionSpend(input.channels[i].curve));
        else restricted[i].upper = restricted[i].lower;
      });
      if (sumOf(restricted.map((b) => b.lower)) > budget) continue;
      const candidate = solve(restricted);
      // Compared on revenue net of spend: unplaced money is kept, not lost.
      if (candidate.revenue > best.revenue + 1e-9 * Math.abs(best.revenue)) best = candidate;
    }
  }
  return summarise(input, bounds, best.allocation, budget, best.lambda);
}

/** Bisection steps over the budget: the answer to a cent of a million-a-week budget. */
const BUDGET_STEPS = 48;

/**
 * The least weekly budget whose best split (maximiseRevenue, S-shaped channels included)
 * brings `goal` media revenue a week; null when even the bounds' most cannot. Searched on
 * the budget rather than along the plain Lagrangian path, which misses the best split of
 * S-shaped curves and would ask for more money than a goal needs.
 */
export function budgetForGoal(input: OptimiserInput, goal: number): AllocationResult | null {
  const bounds = input.channels.map(boundsOf);
  let lo = sumOf(bounds.map((b) => b.lower));
  let hi = sumOf(bounds.map((b) => b.upper));
  let best = maximiseRevenue(input, hi);
  if (best.expectedRevenue < goal) return null;
  const atFloor = maximiseRevenue(input, lo);
  if (atFloor.expectedRevenue >= goal) return atFloor;
  for (let i = 0; i < BUDGET_STEPS; i++) {
    const mid = (lo + hi) / 2;
    const candidate = maximiseRevenue(input, mid);
    if (candidate.expectedRevenue >= goal) {
      best = candidate;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** The largest weekly budget whose best split keeps media revenue ÷ spend at or above `target` (money past break-even stays unplaced). */
export function targetRoas(input: OptimiserInput, target: number): AllocationResult {
  const bounds = input.channels.map(boundsOf);
  let lo = sumOf(bounds.map((b) => b.lower));
  let hi = sumOf(bounds.map((b) => b.upper));
  const roasOf = (r: AllocationResult) => (r.placed > 0 ? r.expectedRevenue / r.placed : Infinity);
  let best = maximiseRevenue(input, lo);
  const most = maximiseRevenue(input, hi);
  if (roasOf(most) >= target) return most;
  for (let i = 0; i < BUDGET_STEPS; i++) {
    const mid = (lo + hi) / 2;
    const candidate = maximiseRevenue(input, mid);
    if (roasOf(candidate) >= target) {
      best = candidate;
      lo = mid;
    } else hi = mid;
  }
  return best;
}
