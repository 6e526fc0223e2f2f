/**
 * Shapley-value attribution (Shapley, "A value for n-person games", 1953; for channels as
 * in Zhao, Mahboobi & Bagheri, "Shapley value methods for attribution modeling in online
 * advertising", arXiv:1804.05327, 2018). Coalition value v(S) = conversions (and, as a
 * second game, value) of converting journeys whose channel SET is a subset of S
 * (the channel set, not the sequence: order is the rule-based models' business).
 *
 * Exact up to `maxExactChannels` (15) players: v over all 2^n coalitions by the subset-sum
 * (zeta) transform, then φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ i) − v(S)).
 * Above that, seeded Monte Carlo permutation sampling with a 95 % interval per channel
 * (shapley-monte-carlo.ts). Players are the channels seen in converting journeys; any other
 * channel adds nothing to any coalition (a null player) and gets exactly 0.
 */
import { collectCoalitionSets } from './coalition-sets.js';
import type { CoalitionSets } from './coalition-sets.js';
import { toJourneyTable } from './journey-table.js';
import type { JourneyInput } from './journey-table.js';
import { shapleyMonteCarlo } from './shapley-monte-carlo.js';
import type { ChannelCredit, ChannelCredits } from './types.js';
import type { CreditInterval } from '@shared/analyses/attribution.result.js';

export type { CreditInterval };

export const MAX_EXACT_SHAPLEY_CHANNELS = 15;
export const DEFAULT_SHAPLEY_SAMPLES = 2000;
// 2^20 coalitions × 2 games × 8 bytes = 16 MB; beyond that exact enumeration is not worth it.
const MAX_EXACT_CAP = 20;

export interface ShapleyOptions {
  readonly maxExactChannels?: number;
  /** Permutations for Monte Carlo (may be lowered to bound the run time; see `samples` in the result). */
  readonly samples?: number;
  readonly seed?: number;
}


export interface ShapleyResult {
  readonly credits: ChannelCredits;
  readonly method: 'exact' | 'monte-carlo';
  /** Channels that appear in converting journeys (the players of the game). */
  readonly players: number;
  /** Permutations drawn (Monte Carlo only). */
  readonly samples?: number;
  /** 95 % normal-approximation interval per channel (Monte Carlo only). */
  readonly intervals?: Map<string, CreditInterval>;
}

/** In place: f[S] ← Σ_{T ⊆ S} f[T] (Yates / "sum over subsets" transform, n·2^n additions). */
function subsetSums(f: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    for (let mask = 0; mask < f.length; mask++) if (mask & bit) f[mask] += f[mask ^ bit];
  }
}

/** Exact Shapley values of both games (conversions, value) for n ≤ 20 players. */
export function shapleyExact(sets: CoalitionSets): { conversions: Float64Array; values: Float64Array } {
  const n = sets.players.length;
  const size = 2 ** n;
  const vConv = new Float64Array(size);
  const vValue = new Float64Array(size);
  for (let s = 0; s < sets.conversions.length; s++) {
    let mask = 0;
    for (let i = sets.offsets[s]; i < sets.offsets[s + 1]; i++) mask |= 1 << sets.members[i];
    vConv[mask] += sets.conversions[s];
    vValue[mask] += sets.values[s];
  }
  subsetSums(vConv, n);
  subsetSums(vValue, n);
  // γ(k) = k!(n−k−1)!/n! = 1 / (n · C(n−1, k)), the weight of a coalition of size k.
  const gamma = new Float64Array(n);
  let binomial = 1;
  for (let k = 0; k < n; k++) {
    gamma[k] = 1 / (n * binomial);
    binomial = (binomial * (n - 1 - k)) / (k + 1);
  }
  const popcount = new Uint8Array(size);
  for (let mask = 1; mask < size; mask++) popcount[mask] = popcount[mask >> 1] + (mask & 1);
  const conversions = new Float64Array(n);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    let c = 0;
    let v = 0;
    for (let mask = 0; mask < size; mask++) {
      if (mask & bit) continue;
      const g = gamma[popcount[mask]];
      c += g * (vConv[mask | bit] - vConv[mask]);
      v += g * (vValue[mask | bit] - vValue[mask]);
    }
    conversions[i] = c;
    values[i] = v;
  }
  return { conversions, values };
}

export function attributeShapley(journeys: JourneyInput, options: ShapleyOptions = {}): ShapleyResult {
  const table = toJourneyTable(journeys);
  const sets = collectCoalitionSets(table);
  const n = sets.players.length;
  const maxExact = Math.min(options.maxExactChannels ?? MAX_EXACT_SHAPLEY_CHANNELS, MAX_EXACT_CAP);
  const credits: ChannelCredits = new Map();
  for (const name of table.channels) credits.set(name, { conversions: 0, value: 0 });
  const creditOf = (player: number): ChannelCredit => credits.get(table.channels[sets.players[player]]) as ChannelCredit;

  if (n <= maxExact) {
    const exact = shapleyExact(sets);
    for (let i = 0; i < n; i++) Object.assign(creditOf(i), { conversions: exact.conversions[i], value: exact.values[i] });
    return { credits, method: 'exact', players: n };
  }
  const estimate = shapleyMonteCarlo(sets, options.samples ?? DEFAULT_SHAPLEY_SAMPLES, options.seed ?? 1);
  const intervals = new Map<string, CreditInterval>();
  for (const name of table.channels) intervals.set(name, { conversions: [0, 0], value: [0, 0] });
  for (let i = 0; i < n; i++) {
    Object.assign(creditOf(i), { conversions: estimate.conversions.mean[i], value: estimate.values.mean[i] });
    const name = table.channels[sets.players[i]];
    const hc = estimate.conversions.halfWidth[i];
    const hv = estimate.values.halfWidth[i];
    intervals.set(name, {
      conversions: [estimate.conversions.mean[i] - hc, estimate.conversions.mean[i] + hc],
      value: [estimate.values.mean[i] - hv, estimate.values.mean[i] + hv],
    });
  }
  return { credits, method: 'monte-carlo', players: n, samples: estimate.samples, intervals };
}
