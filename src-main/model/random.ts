/**
 * Seeded randomness for every model and simulation: each random choice (samples,
 * restarts, Monte Carlo, synthetic data) draws from a `Random` made from a seed, so a
 * run is reproducible (arquero's src/util/random.js idea).
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain,
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c): 32-bit state,
 * full 2^32 period, integer arithmetic only (the same stream on every platform). Good
 * for sampling and simulation, not for cryptography.
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

/** Uniform on (0, 1): never exactly 0, so logarithms stay finite. */
export function uniformOpen(random: Random): number {
  let u = random();
  while (u === 0) u = random();
  return u;
}

/** Exponential with the given rate (mean 1/rate), by inversion. */
export function sampleExponential(random: Random, rate: number): number {
  return -Math.log(uniformOpen(random)) / rate;
}

/** Standard normal by the Box–Muller transform (Box & Muller 1958). */
export function sampleNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(uniformOpen(random))) * Math.cos(2 * Math.PI * random());
}

/**
 * Gamma(shape, rate) by Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables", ACM TOMS 26(3); shapes below 1 use their boost G(k) = G(k + 1)·U^(1/k).
 */
export function sampleGamma(random: Random, shape: number, rate: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1, rate) * Math.pow(uniformOpen(random), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = uniformOpen(random);
    if (u < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function sampleBeta(random: Random, a: number, b: number): number {
  const x = sampleGamma(random, a, 1);
  const y = sampleGamma(random, b, 1);
  // Both gammas can underflow to 0 for tiny shapes; split the mass by the shape ratio then.
  return x + y > 0 ? x / (x + y) : a / (a + b);
}

/** In-place Fisher–Yates shuffle (Knuth, TAOCP vol. 2, Algorithm P). */
export function shuffleInPlace(values: Int32Array | number[], random: Random): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}

/**
 * Indices of a simple random sample of `size` out of `n` without replacement
 * (partial Fisher–Yates shuffle), sorted ascending so callers keep input order.
 */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    const tmp = pool[i];
    pool[i] = pool[j];
    pool[j] = tmp;
  }
  return pool.slice(0, size).sort();
}
