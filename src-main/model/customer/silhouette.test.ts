import { describe, expect, it } from 'vitest';
import { silhouette, silhouetteOfLabelings } from './silhouette.js';

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

  it('scores several labellings at once exactly as one by one', () => {
    const points = Array.from({ length: 60 }, (_, i) => [Math.sin(i), Math.cos(i * 1.7), i % 5]);
    const labelings = [points.map((_, i) => i % 2), points.map((_, i) => i % 3), points.map((p) => (p[2] > 2 ? 1 : 0))];
    const together = silhouetteOfLabelings(points, labelings);
    labelings.forEach((labels, l) => expect(together[l]).toBeCloseTo(silhouette(points, labels), 14));
  });
});
