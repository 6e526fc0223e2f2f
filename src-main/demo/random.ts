/**
 * Seeded randomness for the demo simulation. Every draw goes through a `Random`
 * (a function returning a uniform in [0, 1)), so one seed reproduces the whole demo,
 * and each part of the story gets its own stream: changing how reviews are drawn
 * does not change the orders.
 */

import { mulberry32, sampleNormal } from '../model/random.js';
import type { Random } from '../model/random.js';

export { mulberry32, sampleBeta, sampleExponential, sampleGamma, sampleNormal, uniformOpen } from '../model/random.js';
export type { Random } from '../model/random.js';


/** An independent stream per named part: FNV-1a of the name, mixed with the seed. */
export function streamRandom(seed: number, stream: string): Random {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < stream.length; i++) {
    h ^= stream.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A few warm-up draws decorrelate streams whose hashes happen to be close.
  const rng = mulberry32(h ^ Math.imul(seed | 0, 0x9e3779b1));
  for (let i = 0; i < 4; i++) rng();
  return rng;
}

/** Integer in [low, high] inclusive. */
export function integerBetween(rng: Random, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

/** Log-normal multiplicative noise with median 1. */
export function sampleLogNormalNoise(rng: Random, sigma: number): number {
  return Math.exp(sigma * sampleNormal(rng));
}

/** Running sums of non-negative weights, for `sampleIndex`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

/** Index drawn with probability proportional to its weight (binary search on the running sums). */
export function sampleIndex(rng: Random, sums: Float64Array): number {
  const target = rng() * sums[sums.length - 1];
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sums[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function pick<T>(rng: Random, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}
