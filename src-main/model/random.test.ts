import { describe, expect, it } from 'vitest';
import { mulberry32, sampleBeta, sampleGamma, sampleIndices } from './random.js';

describe('seeded randomness', () => {
  it('is reproducible from the seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    first.forEach((u) => expect(u >= 0 && u < 1).toBe(true));
  });

  it('Gamma(shape, rate) has mean shape/rate and variance shape/rate², for shapes below and above 1', () => {
    for (const [shape, rate] of [
      [0.3, 2],
      [4, 0.5],
    ]) {
      const u = mulberry32(7);
      const n = 100_000;
      let sum = 0;
      let sumSq = 0;
      for (let i = 0; i < n; i++) {
        const v = sampleGamma(u, shape, rate);
        sum += v;
        sumSq += v * v;
      }
      const mean = sum / n;
      const variance = sumSq / n - mean * mean;
      expect(mean / (shape / rate)).toBeCloseTo(1, 1);
      expect(variance / (shape / rate ** 2)).toBeCloseTo(1, 1);
    }
  });

  it('Beta(a, b) has mean a/(a+b)', () => {
    const u = mulberry32(9);
    let sum = 0;
    for (let i = 0; i < 50_000; i++) sum += sampleBeta(u, 0.8, 2.4);
    expect(sum / 50_000).toBeCloseTo(0.25, 2);
  });

  it('samples distinct sorted indices', () => {
    const idx = sampleIndices(1000, 100, 5);
    expect(idx.length).toBe(100);
    expect(new Set(idx).size).toBe(100);
    for (let i = 1; i < idx.length; i++) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
    expect(Array.from(sampleIndices(5, 10, 1))).toEqual([0, 1, 2, 3, 4]);
  });
});
