/**
 * Rule-based (positional) attribution: first touch, last touch, linear and position-based.
 * Definitions as in Google Analytics' attribution models (support.google.com/analytics,
 * "About attribution models", 2019–2023), with this product's conventions: only
 * converting journeys earn credit; a repeated channel earns credit once per touch.
 */
import { creditsFromArrays, toJourneyTable } from './journey-table.js';
import type { JourneyInput, JourneyTable } from './journey-table.js';
import type { ChannelCredits } from './types.js';

/** Fraction of one conversion each touch of a path of `length` touches receives. */
type TouchWeights = (length: number, position: number) => number;

function attributeByWeights(table: JourneyTable, weight: TouchWeights): ChannelCredits {
  const n = table.channels.length;
  const conversions = new Float64Array(n);
  const values = new Float64Array(n);
  const { offsets, steps } = table;
  for (let p = 0; p < table.pathCount; p++) {
    const c = table.conversions[p];
    if (c === 0) continue;
    const v = table.values[p];
    const start = offsets[p];
    const length = offsets[p + 1] - start;
    for (let i = 0; i < length; i++) {
      const w = weight(length, i);
      if (w === 0) continue;
      const id = steps[start + i];
      conversions[id] += c * w;
      values[id] += v * w;
    }
  }
  return creditsFromArrays(table, conversions, values);
}

/** First-touch: the whole conversion goes to the first channel of the journey. */
export function attributeFirstTouch(journeys: JourneyInput): ChannelCredits {
  return attributeByWeights(toJourneyTable(journeys), (_length, i) => (i === 0 ? 1 : 0));
}

/** Last-touch ("last click"): the whole conversion goes to the last channel before it. */
export function attributeLastTouch(journeys: JourneyInput): ChannelCredits {
  return attributeByWeights(toJourneyTable(journeys), (length, i) => (i === length - 1 ? 1 : 0));
}

/** Linear: each of the L touches gets 1/L of the conversion, repeats included. */
export function attributeLinear(journeys: JourneyInput): ChannelCredits {
  return attributeByWeights(toJourneyTable(journeys), (length) => 1 / length);
}

export interface PositionWeights {
  /** Share of the first touch (default 0.4). */
  readonly first: number;
  /** Share spread evenly over the middle touches (default 0.2). */
  readonly middle: number;
  /** Share of the last touch (default 0.4). */
  readonly last: number;
}

export const DEFAULT_POSITION_WEIGHTS: PositionWeights = { first: 0.4, middle: 0.2, last: 0.4 };

/** Normalises weights to sum to 1; rejects negative or all-zero weights. */
export function normalisePositionWeights(weights: PositionWeights): PositionWeights {
  const { first, middle, last } = weights;
  const total = first + middle + last;
  if (![first, middle, last].every((w) => Number.isFinite(w) && w >= 0) || !(total > 0) || !(first + last > 0)) {
    throw new RangeError(`position weights must be non-negative with first + last > 0, got ${first}/${middle}/${last}`);
  }
  return { first: first / total, middle: middle / total, last: last / total };
}

/**
 * Position-based ("U-shaped", Google Analytics): the first and last touches get `first`
 * and `last` (40 % each by default), the middle touches share `middle` (20 %) equally.
 * One touch takes 100 %; two touches split first:last (50/50 by default), because there
 * is no middle to give the 20 % to.
 */
export function attributePositionBased(
  journeys: JourneyInput,
  weights: PositionWeights = DEFAULT_POSITION_WEIGHTS,
): ChannelCredits {
  const { first, middle, last } = normalisePositionWeights(weights);
  const firstOfTwo = first / (first + last);
  return attributeByWeights(toJourneyTable(journeys), (length, i) => {
    if (length === 1) return 1;
    if (length === 2) return i === 0 ? firstOfTwo : 1 - firstOfTwo;
    if (i === 0) return first;
    if (i === length - 1) return last;
    return middle / (length - 2);
  });
}
