/**
 * Synthetic journeys drawn from a KNOWN first-order Markov chain (start → channels →
 * conversion | null), seeded. Tests recover the chain's removal effects from them and the
 * `attribution-1m` benchmark uses them as a realistic load (12 channels, ~4 touches each).
 */
import { mulberry32, sampleExponential } from '../random.js';
import type { Random } from '../random.js';
import type { Journey } from './types.js';
import { DAY_MS } from './units.js';

export interface SyntheticChain {
  readonly channels: readonly string[];
  /** P(first touch = channel i); sums to 1. */
  readonly start: readonly number[];
  /** Row i: P(next = channel j) for j < n, then P(conversion), then P(null); each row sums to 1. */
  readonly transitions: readonly (readonly number[])[];
}

export interface SyntheticOptions {
  readonly chain?: SyntheticChain;
  /** Give touch and conversion times (default true). */
  readonly withTimes?: boolean;
  /** First possible journey start, epoch ms (default 2025-01-01T00:00Z). */
  readonly startTime?: number;
  /** Journeys start uniformly over this many days (default 90). */
  readonly spanDays?: number;
  /** Mean gap between touches, exponential (default 2 days). */
  readonly meanGapDays?: number;
  /** Conversion values are uniform on [0.5, 1.5] × this (default 100). */
  readonly meanValue?: number;
  /** A journey still going after this many touches ends as a null exit (default 200). */
  readonly maxLength?: number;
}

/**
 * A deterministic 12-channel-style chain: every channel exits after a touch with
 * probability 0.25 (≈ 4 touches per journey), converts with 2–12 % depending on the
 * channel, and moves to the other channels with seeded random weights (self-loops included).
 */
export function defaultSyntheticChain(channelCount = 12, seed = 7): SyntheticChain {
  if (!(channelCount >= 1)) throw new RangeError('a chain needs at least one channel');
  const random = mulberry32(seed);
  const channels = Array.from({ length: channelCount }, (_, i) => `channel-${String(i + 1).padStart(2, '0')}`);
  const normalise = (weights: number[], total: number): number[] => {
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => (w / sum) * total);
  };
  const start = normalise(channels.map(() => 0.2 + random()), 1);
  const transitions = channels.map((_, i) => {
    const conversion = channelCount === 1 ? 0.1 : 0.02 + (0.1 * i) / (channelCount - 1);
    const moves = normalise(channels.map(() => 0.1 + random()), 0.75);
    return [...moves, conversion, 0.25 - conversion];
  });
  return { channels, start, transitions };
}

function cumulative(probabilities: readonly number[]): Float64Array {
  const out = new Float64Array(probabilities.length);
  let sum = 0;
  probabilities.forEach((p, i) => {
    if (!(p >= 0)) throw new RangeError(`probabilities must be non-negative, got ${p}`);
    sum += p;
    out[i] = sum;
  });
  if (Math.abs(sum - 1) > 1e-9) throw new RangeError(`probabilities must sum to 1, got ${sum}`);
  return out;
}

function draw(cdf: Float64Array, random: Random): number {
  const u = random() * cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) if (u < cdf[i]) return i;
  return cdf.length - 1;
}

export function generateSyntheticJourneys(n: number, seed: number, options: SyntheticOptions = {}): Journey[] {
  const chain = options.chain ?? defaultSyntheticChain();
  const k = chain.channels.length;
  if (chain.start.length !== k || chain.transitions.length !== k || chain.transitions.some((row) => row.length !== k + 2)) {
    throw new RangeError('chain: start needs one probability per channel and each transition row channels + 2');
  }
  const withTimes = options.withTimes ?? true;
  const origin = options.startTime ?? Date.UTC(2025, 0, 1);
  const spanMs = (options.spanDays ?? 90) * DAY_MS;
  const meanGapMs = (options.meanGapDays ?? 2) * DAY_MS;
  const meanValue = options.meanValue ?? 100;
  const maxLength = options.maxLength ?? 200;
  const random = mulberry32(seed);
  const startCdf = cumulative(chain.start);
  const rowCdfs = chain.transitions.map(cumulative);

  const journeys: Journey[] = new Array(n);
  for (let j = 0; j < n; j++) {
    const channels: string[] = [];
    const times: number[] = [];
    let time = origin + random() * spanMs;
    let state = draw(startCdf, random);
    let converted = false;
    for (;;) {
      channels.push(chain.channels[state]);
      if (withTimes) times.push(Math.round(time));
      if (channels.length >= maxLength) break;
      const next = draw(rowCdfs[state], random);
      if (next >= k) {
        converted = next === k;
        break;
      }
      state = next;
      if (withTimes) time += sampleExponential(random, 1 / meanGapMs);
    }
    const value = converted ? Math.round(meanValue * (0.5 + random()) * 100) / 100 : 0;
    journeys[j] = withTimes
      ? { channels, times, conversionTime: converted ? Math.round(time + sampleExponential(random, 2 / DAY_MS)) : undefined, converted, value, count: 1 }
      : { channels, converted, value, count: 1 };
  }
  return journeys;
}
