import { describe, expect, it } from 'vitest';
import { sampledSilhouette, silhouette } from './silhouette.js';
import { mulberry32, sampleNormal } from '../random.js';

describe('silhouette', () => {
  it('matches a hand computation on the line', () => {
    // Clusters {0, 1} and {4, 5}. Point 0: a = 1, b = (4+5)/2 = 4.5, s = 3.5/4.5 = 7/9.
    // Point 1: a = 1, b = (3+4)/2 = 3.5, s = 5/7. Symmetric for 4 and 5. Mean = (7/9 + 5/7)/2.
    const points = [[0], [1], [4], [5]];
    expect(silhouette(points, [0, 0, 1, 1])).toBeCloseTo((7 / 9 + 5 / 7) / 2, 14);
  });

  it('matches a hand computation in the plane with a singleton', () => {
    // A = {(0,0), (0,2)}, B = {(3,0)} (singleton: s = 0).
    // (0,0): a = 2, b = 3 → 1/3. (0,2): a = 2, b = √13 → (√13 − 2)/√13.
    const points = [
      [0, 0],
      [0, 2],
      [3, 0],
    ];
    const expected = (1 / 3 + (Math.sqrt(13) - 2) / Math.sqrt(13) + 0) / 3;
    expect(silhouette(points, [0, 0, 1])).toBeCloseTo(expected, 14);
  });

  it('is 0 for a single cluster and negative for a bad split', () => {
    expect(silhouette([[0], [1], [2]], [0, 0, 0])).toBe(0);
    expect(silhouette([[0], [1], [10], [11]], [0, 1, 0, 1])).toBeLessThan(0);
  });
});

describe('sampledSilhouette', () => {
  /** Three Gaussian blobs in the plane, unequal sizes, overlapping a little. */
  function blobs(sizes: number[], seed: number): { data: Float64Array; labels: Int32Array } {
    const centres = [
      [0, 0],
      [3, 0],
      [0, 4],
    ];
    const u = mulberry32(seed);
    const n = sizes.reduce((a, b) => a + b, 0);
    const data = new Float64Array(n * 2);
    const labels = new Int32Array(n);
    let i = 0;
    sizes.forEach((size, g) => {
      for (let s = 0; s < size; s++, i++) {
        data[i * 2] = centres[g][0] + sampleNormal(u);
        data[i * 2 + 1] = centres[g][1] + sampleNormal(u);
        labels[i] = g;
      }
    });
    return { data, labels };
  }
  const rows = (data: Float64Array): number[][] => Array.from({ length: data.length / 2 }, (_, i) => [data[i * 2], data[i * 2 + 1]]);

  it('is the exact silhouette, with no error, when the sample holds every point', () => {
    const { data, labels } = blobs([50, 80, 30], 1);
    const scored = sampledSilhouette(data, 160, 2, labels, 500, 7);
    expect(scored.sampleSize).toBe(160);
    expect(scored.standardError).toBe(0);
    expect(scored.silhouette).toBeCloseTo(silhouette(rows(data), labels), 12);
  });

  it('estimates the exact silhouette within its stated error, keeping every cluster in proportion', () => {
    const { data, labels } = blobs([2400, 1200, 400], 2);
    const exact = silhouette(rows(data), labels);
    const errors: number[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const scored = sampledSilhouette(data, 4000, 2, labels, 600, seed);
      expect(scored.sampleSize).toBe(600);
      // The sampling error of a mean of 600 silhouettes (their spread is ~0.2 here): ~0.01.
      expect(scored.standardError).toBeGreaterThan(0.002);
      expect(scored.standardError).toBeLessThan(0.02);
      errors.push((scored.silhouette - exact) / scored.standardError);
    }
    // Within 3.5 standard errors every time, and not systematically off to one side by more than the error.
    for (const z of errors) expect(Math.abs(z)).toBeLessThan(3.5);
    expect(Math.abs(errors.reduce((a, b) => a + b, 0) / errors.length)).toBeLessThan(1.5);
    // A different seed scores a different sample.
    expect(new Set(errors).size).toBe(errors.length);
  });
});
