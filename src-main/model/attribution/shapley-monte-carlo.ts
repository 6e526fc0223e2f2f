/**
 * Monte Carlo Shapley values by permutation sampling (Castro, Gómez & Tejada, "Polynomial
 * calculation of the Shapley value based on sampling", Computers & OR 36(5), 2009).
 *
 * In the attribution game v(S) = Σ_T w_T [T ⊆ S], adding channel i to the channels that
 * precede it in a permutation π completes exactly the sets T whose last member in π is i.
 * So one permutation costs one pass over the distinct converting channel sets: each set's
 * weight goes to its member ranked last. The marginal contributions of one permutation sum
 * to v(N), so the estimates keep the total exactly; the 95 % interval per channel is the
 * normal approximation mean ± 1.96·sd/√m over the m permutations.
 */
import { mulberry32, shuffleInPlace } from '../random.js';
import type { CoalitionSets } from './coalition-sets.js';

/** Upper bound on set-member visits (≈ 0.3 s here) before the number of permutations is lowered. */
const WORK_BUDGET = 60_000_000;
const MIN_SAMPLES = 100;
const Z_95 = 1.959963984540054;

export interface GameEstimate {
  readonly mean: Float64Array;
  readonly halfWidth: Float64Array;
}

export interface MonteCarloShapley {
  readonly conversions: GameEstimate;
  readonly values: GameEstimate;
  readonly samples: number;
}

function summarise(sum: Float64Array, sumSquares: Float64Array, samples: number): GameEstimate {
  const mean = new Float64Array(sum.length);
  const halfWidth = new Float64Array(sum.length);
  for (let i = 0; i < sum.length; i++) {
    mean[i] = sum[i] / samples;
    const variance = Math.max(0, (sumSquares[i] - samples * mean[i] * mean[i]) / (samples - 1));
    halfWidth[i] = (Z_95 * Math.sqrt(variance)) / Math.sqrt(samples);
  }
  return { mean, halfWidth };
}

export function shapleyMonteCarlo(sets: CoalitionSets, requestedSamples: number, seed: number): MonteCarloShapley {
  const n = sets.players.length;
  const work = Math.max(1, sets.members.length);
  const samples = Math.max(MIN_SAMPLES, Math.min(Math.floor(requestedSamples), Math.floor(WORK_BUDGET / work)));
  const random = mulberry32(seed);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const rank = new Int32Array(n);
  const marginalConv = new Float64Array(n);
  const marginalValue = new Float64Array(n);
  const sumConv = new Float64Array(n);
  const sumSqConv = new Float64Array(n);
  const sumValue = new Float64Array(n);
  const sumSqValue = new Float64Array(n);
  const { offsets, members } = sets;

  for (let draw = 0; draw < samples; draw++) {
    shuffleInPlace(order, random);
    for (let position = 0; position < n; position++) rank[order[position]] = position;
    marginalConv.fill(0);
    marginalValue.fill(0);
    for (let s = 0; s < sets.conversions.length; s++) {
      let last = members[offsets[s]];
      for (let i = offsets[s] + 1; i < offsets[s + 1]; i++) if (rank[members[i]] > rank[last]) last = members[i];
      marginalConv[last] += sets.conversions[s];
      marginalValue[last] += sets.values[s];
    }
    for (let i = 0; i < n; i++) {
      sumConv[i] += marginalConv[i];
      sumSqConv[i] += marginalConv[i] * marginalConv[i];
      sumValue[i] += marginalValue[i];
      sumSqValue[i] += marginalValue[i] * marginalValue[i];
    }
  }
  return {
    conversions: summarise(sumConv, sumSqConv, samples),
    values: summarise(sumValue, sumSqValue, samples),
    samples,
  };
}
