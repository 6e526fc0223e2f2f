/**
 * First-order Markov attribution with the removal effect (Anderl, Becker, von Wangenheim
 * & Schumann, "Mapping the customer journey: Lessons learned from graph-based online
 * attribution modeling", IJRM 33(3), 2016; the R package ChannelAttribution).
 *
 * States: start, one per channel, conversion and null (absorbing). Transitions are counted
 * from every consecutive pair of every journey, repeats (self-loops) included, weighted by
 * the journey count; a converting journey ends `last → conversion`, a non-converting one
 * `last → null`. P(conversion) is the absorption probability from start, solved exactly
 * from (I − Q)·x = r over the transient states, not by simulation.
 * Removal effect RE_k = 1 − P(conv | k removed) / P(conv), where removing k sends every
 * transition into k to null; credit_k = total × RE_k / Σ RE (conversions and value alike).
 */
import { creditsFromArrays, toJourneyTable } from './journey-table.js';
import type { JourneyInput, JourneyTable } from './journey-table.js';
import { solveLinearSystem } from './linear-solve.js';
import { ModelUnavailable } from './types.js';
import type { ChannelCredits } from './types.js';
import type { MarkovTransitions } from '@shared/analyses/attribution.result.js';

export type { MarkovTransitions };

export const MARKOV_START = '(start)';
export const MARKOV_CONVERSION = '(conversion)';
export const MARKOV_NULL = '(null)';


export interface MarkovResult {
  readonly credits: ChannelCredits;
  readonly conversionProbability: number;
  readonly removalEffects: Map<string, number>;
  readonly transitions: MarkovTransitions;
}

/** Transition counts; state 0 = start, 1..n = channels, n+1 = conversion, n+2 = null. */
function countTransitions(table: JourneyTable): Float64Array {
  const n = table.channels.length;
  const size = n + 3;
  const conv = n + 1;
  const nul = n + 2;
  const counts = new Float64Array(size * size);
  const { offsets, steps } = table;
  for (let p = 0; p < table.pathCount; p++) {
    const c = table.conversions[p];
    const d = table.nulls[p];
    const all = c + d;
    const start = offsets[p];
    const end = offsets[p + 1];
    let from = 0;
    for (let i = start; i < end; i++) {
      const to = steps[i] + 1;
      counts[from * size + to] += all;
      from = to;
    }
    counts[from * size + conv] += c;
    counts[from * size + nul] += d;
  }
  return counts;
}

function rowNormalise(counts: Float64Array, size: number, transient: number): Float64Array {
  const probabilities = new Float64Array(size * size);
  for (let r = 0; r < transient; r++) {
    let total = 0;
    for (let c = 0; c < size; c++) total += counts[r * size + c];
    if (total > 0) for (let c = 0; c < size; c++) probabilities[r * size + c] = counts[r * size + c] / total;
  }
  return probabilities;
}

/**
 * Absorption probability into conversion from start, with channel `removed` (0-based,
 * or −1 for none) turned into a null state. Transient states are start and the channels.
 */
export function conversionProbability(probabilities: Float64Array, channelCount: number, removed: number): number {
  const size = channelCount + 3;
  const conv = channelCount + 1;
  // Transient states kept in the system: start (0) and every channel but the removed one.
  const keep: number[] = [];
  const removedState = removed >= 0 ? removed + 1 : -1;
  for (let s = 0; s <= channelCount; s++) if (s !== removedState) keep.push(s);
  const m = keep.length;
  const a = new Float64Array(m * m);
  const b = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const from = keep[i];
    for (let j = 0; j < m; j++) a[i * m + j] = (i === j ? 1 : 0) - probabilities[from * size + keep[j]];
    b[i] = probabilities[from * size + conv];
  }
  return solveLinearSystem(a, b, m)[0];
}

function toNested(flat: Float64Array, size: number): number[][] {
  return Array.from({ length: size }, (_, r) => Array.from(flat.subarray(r * size, (r + 1) * size)));
}

/**
 * @throws ModelUnavailable('no-conversions') when no journey converts (P(conv) = 0 makes
 * every removal effect undefined).
 */
export function attributeMarkov(journeys: JourneyInput): MarkovResult {
  const table = toJourneyTable(journeys);
  if (!(table.totalConversions > 0)) {
    throw new ModelUnavailable('no-conversions', { journeys: table.totalJourneys });
  }
  const n = table.channels.length;
  const size = n + 3;
  const counts = countTransitions(table);
  const probabilities = rowNormalise(counts, size, n + 1);
  const base = conversionProbability(probabilities, n, -1);

  const effects = new Float64Array(n);
  let effectSum = 0;
  for (let k = 0; k < n; k++) {
    const without = conversionProbability(probabilities, n, k);
    // Rounding can leave −1e−17 where a channel has no effect; a removal never raises P(conv).
    effects[k] = Math.max(0, 1 - without / base);
    effectSum += effects[k];
  }
  const conversions = new Float64Array(n);
  const values = new Float64Array(n);
  const removalEffects = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    const share = effects[k] / effectSum;
    conversions[k] = table.totalConversions * share;
    values[k] = table.totalValue * share;
    removalEffects.set(table.channels[k], effects[k]);
  }
  return {
    credits: creditsFromArrays(table, conversions, values),
    conversionProbability: base,
    removalEffects,
    transitions: {
      states: [MARKOV_START, ...table.channels, MARKOV_CONVERSION, MARKOV_NULL],
      counts: toNested(counts, size),
      probabilities: toNested(probabilities, size),
    },
  };
}
