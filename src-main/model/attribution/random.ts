/**
 * Seeded randomness for the attribution engine: mulberry32 (Tommy Ettinger, public domain;
 * the generator arquero's `src/util/random.js` and many JS libraries use). Fast, 32-bit
 * state, good enough for Monte Carlo and synthetic data, not for cryptography.
 */

export type Random = () => number;

/** Uniform [0, 1) stream fixed by `seed`. */
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

/** Exponential variate with the given mean (inverse-CDF method). */
export function exponential(random: Random, mean: number): number {
  return -mean * Math.log(1 - random());
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
