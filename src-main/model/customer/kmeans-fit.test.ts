import { kmeans } from 'ml-kmeans';
import { describe, expect, it } from 'vitest';
import { mulberry32, sampleNormal } from '../random.js';
import { assignToCentroids, fitKMeansBestOf } from './kmeans-fit.js';

/** The best-of-restarts fit done entirely by ml-kmeans (what fitKMeansBestOf did before its loop went typed). */
function byMlKmeans(points: number[][], k: number, restarts: number, seed: number) {
  let best: { centroids: number[][]; inertia: number } | null = null;
  for (let run = 0; run < restarts; run++) {
    const result = kmeans(points, k, { initialization: 'kmeans++', seed: seed + run, maxIterations: 100 });
    const { inertia } = assignToCentroids(points, result.centroids);
    if (!best || inertia < best.inertia) best = { centroids: result.centroids, inertia };
  }
  return best!;
}

describe('fitKMeansBestOf', () => {
  it('returns exactly the centroids and inertia of ml-kmeans runs (blobs, ties, slow convergence)', () => {
    const random = mulberry32(17);
    const blobs = Array.from({ length: 900 }, (_, i) => [((i % 3) * 2) + sampleNormal(random), sampleNormal(random) * 1.5, Math.round(sampleNormal(random) * 2)]);
    const grid = Array.from({ length: 400 }, (_, i) => [i % 7, Math.floor(i / 7) % 5, (i * 13) % 11]);
    // No cluster structure: Lloyd's steps shrink slowly, so the tolerance decides where runs stop.
    const cloud = Array.from({ length: 3000 }, () => [random(), random(), random()]);
    for (const points of [blobs, grid, cloud]) {
      for (const k of [2, 3, 5, 8]) {
        const fast = fitKMeansBestOf(points, k, 4, 100 + k);
        const reference = byMlKmeans(points, k, 4, 100 + k);
        expect(fast.centroids).toEqual(reference.centroids);
        expect(fast.inertia).toBe(reference.inertia);
      }
    }
  });
});
