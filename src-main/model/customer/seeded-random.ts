/**
 * Seeded pseudo-random numbers for the customer models: every random choice in this
 * folder (sampling, restarts, simulation) goes through one of these so that a run is
 * reproducible from its seed.
 */

/** A source of uniform numbers in [0, 1). */
export type UniformSource = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state generator, fast and good
 * enough for sampling and simulation (passes gjrand/PractRand to moderate sizes).
 */
export function mulberry32(seed: number): UniformSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform in (0, 1): never exactly 0, so logs of it stay finite. */
function openUniform(uniform: UniformSource): number {
  let u = uniform();
  while (u === 0) u = uniform();
  return u;
}

/** Standard normal by the Box–Muller transform. */
export function sampleStandardNormal(uniform: UniformSource): number {
  const u1 = openUniform(uniform);
  const u2 = uniform();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Exponential with the given rate (mean 1/rate), by inversion. */
export function sampleExponential(uniform: UniformSource, rate: number): number {
  return -Math.log(openUniform(uniform)) / rate;
}

/**
 * Gamma(shape, rate) by Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables", ACM TOMS 26(3); shapes below 1 use the boost X·U^(1/shape).
 */
export function sampleGamma(uniform: UniformSource, shape: number, rate: number): number {
  if (shape < 1) {
    return sampleGamma(uniform, shape + 1, rate) * Math.pow(openUniform(uniform), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleStandardNormal(uniform);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = openUniform(uniform);
    if (u < 1 - 0.0331 * x * x * x * x) return (d * v) / rate;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Beta(a, b) as G_a / (G_a + G_b) of two independent gammas. */
export function sampleBeta(uniform: UniformSource, a: number, b: number): number {
  const ga = sampleGamma(uniform, a, 1);
  const gb = sampleGamma(uniform, b, 1);
  const sum = ga + gb;
  // Both gammas can underflow to 0 for tiny shapes; split the mass by the shape ratio then.
  return sum > 0 ? ga / sum : a / (a + b);
}

/**
 * Indices of a simple random sample of `size` out of `n` without replacement
 * (partial Fisher–Yates shuffle), sorted ascending so callers keep input order.
 */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const uniform = mulberry32(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(uniform() * (n - i));
    const tmp = pool[i];
    pool[i] = pool[j];
    pool[j] = tmp;
  }
  return pool.slice(0, size).sort();
}
