import { describe, expect, it } from 'vitest';
import { cumulative, mulberry32, sampleBeta, sampleExponential, sampleGamma, sampleIndex, streamRandom } from './random.js';

function meanAndVariance(draw: () => number, n: number): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean };
}

describe('seeded randomness', () => {
  it('repeats a stream for the same seed and differs across seeds and stream names', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(streamRandom(42, 'spend')()).not.toBe(streamRandom(42, 'orders')());
    expect(streamRandom(42, 'spend')()).toBe(streamRandom(42, 'spend')());
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12', () => {
    const rng = mulberry32(1);
    const { mean, variance } = meanAndVariance(rng, 100_000);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 3);
  });

  it('draws Gamma(k, rate) with mean k/rate and variance k/rate² (shapes below and above 1)', () => {
    const rng = mulberry32(2);
    for (const [shape, rate] of [
      [0.75, 10],
      [6, 0.05],
      [4, 130],
    ]) {
      const { mean, variance } = meanAndVariance(() => sampleGamma(rng, shape, rate), 100_000);
      expect(mean / (shape / rate)).toBeCloseTo(1, 1);
      expect(Math.abs(variance / (shape / rate ** 2) - 1)).toBeLessThan(0.05);
    }
  });

  it('draws Beta(a, b) with mean a/(a+b) and exponentials with mean 1/rate', () => {
    const rng = mulberry32(3);
    const beta = meanAndVariance(() => sampleBeta(rng, 0.8, 2.5), 100_000);
    expect(beta.mean).toBeCloseTo(0.8 / 3.3, 2);
    // Var = ab / ((a+b)²(a+b+1)) = 2 / (10.89 · 4.3)
    expect(beta.variance).toBeCloseTo(2 / (10.89 * 4.3), 3);
    const exp = meanAndVariance(() => sampleExponential(rng, 4), 100_000);
    expect(exp.mean).toBeCloseTo(0.25, 2);
  });

  it('samples indices in proportion to their weights', () => {
    const rng = mulberry32(4);
    const sums = cumulative([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[sampleIndex(rng, sums)]++;
    expect(counts[1]).toBe(0);
    expect(counts[0] / 40_000).toBeCloseTo(0.25, 1);
    expect(counts[2] / 40_000).toBeCloseTo(0.75, 1);
  });
});
