/**
 * Seeded randomness for the demo simulation. Every draw goes through a `Random`
 * (a function returning a uniform in [0, 1)), so one seed reproduces the whole demo,
 * and each part of the story gets its own stream: changing how reviews are drawn
 * does not change the orders.
 */

export type Random = () => number;

/**
 * mulberry32: a 32-bit generator with a full 2^32 period (Tommy Ettinger, public domain;
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). Plenty for a
 * simulation of ~10^5 draws and reproducible across platforms (integer arithmetic only).
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Uniform on (0, 1): never exactly 0, so logarithms stay finite. */
export function uniformOpen(rng: Random): number {
  let u = rng();
  while (u === 0) u = rng();
  return u;
}

export function uniformBetween(rng: Random, low: number, high: number): number {
  return low + (high - low) * rng();
}

/** Integer in [low, high] inclusive. */
export function integerBetween(rng: Random, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

/** Exponential waiting time with the given rate (inverse-CDF method). */
export function sampleExponential(rng: Random, rate: number): number {
  return -Math.log(uniformOpen(rng)) / rate;
}

/** Standard normal by the Box–Muller transform (Box & Muller 1958). */
export function sampleNormal(rng: Random): number {
  return Math.sqrt(-2 * Math.log(uniformOpen(rng))) * Math.cos(2 * Math.PI * rng());
}

/** Log-normal multiplicative noise with median 1. */
export function sampleLogNormalNoise(rng: Random, sigma: number): number {
  return Math.exp(sigma * sampleNormal(rng));
}

/**
 * Gamma(shape, rate) by Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables", ACM TOMS 26(3); shapes below 1 use their boost G(k) = G(k + 1)·U^(1/k).
 */
export function sampleGamma(rng: Random, shape: number, rate: number): number {
  if (shape < 1) return sampleGamma(rng, shape + 1, rate) * Math.pow(uniformOpen(rng), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniformOpen(rng);
    if (u < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function sampleBeta(rng: Random, a: number, b: number): number {
  const x = sampleGamma(rng, a, 1);
  const y = sampleGamma(rng, b, 1);
  return x / (x + y);
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
