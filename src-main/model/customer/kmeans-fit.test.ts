import { describe, expect, it } from 'vitest';
import { countDistinctRows, fitKMeansBestOf, lloydOnMatrix, seedKMeansPlusPlus, type PointMatrix } from './kmeans-fit.js';
import { mulberry32, sampleNormal } from '../random.js';

const CENTRES = [
  [0, 0, 0],
  [4, 0, 1],
  [0, 5, -1],
  [-4, -3, 2],
];

/** Points around CENTRES (sd 0.5), `sizes[g]` of group g, with their true group. */
function blobs(sizes: number[], seed: number): { m: PointMatrix; truth: Int32Array } {
  const u = mulberry32(seed);
  const n = sizes.reduce((a, b) => a + b, 0);
  const data = new Float64Array(n * 3);
  const truth = new Int32Array(n);
  let i = 0;
  sizes.forEach((size, g) => {
    for (let s = 0; s < size; s++, i++) {
      for (let t = 0; t < 3; t++) data[i * 3 + t] = CENTRES[g][t] + 0.5 * sampleNormal(u);
      truth[i] = g;
    }
  });
  return { m: { data, n, d: 3 }, truth };
}

/** The fitted centre nearest each true centre, and its distance. */
function nearestFitted(centroids: number[][], truth: number[]): { index: number; distance: number } {
  let index = 0;
  let distance = Infinity;
  centroids.forEach((c, j) => {
    const dist = Math.hypot(...c.map((v, t) => v - truth[t]));
    if (dist < distance) [index, distance] = [j, dist];
  });
  return { index, distance };
}

describe('typed k-means', () => {
  it('recovers known clusters: every true centre within 0.05, every point in its own group', () => {
    const { m, truth } = blobs([900, 400, 250, 1200], 1);
    const fit = fitKMeansBestOf(m, 4, 3, 11);
    const matched = CENTRES.map((c) => nearestFitted(fit.centroids, c));
    for (const { distance } of matched) expect(distance).toBeLessThan(0.05);
    expect(new Set(matched.map((x) => x.index)).size).toBe(4);
    for (let i = 0; i < m.n; i++) expect(fit.labels[i]).toBe(matched[truth[i]].index);
    // Inertia ≈ n·d·σ² for well-separated blobs.
    expect(fit.inertia / (m.n * 3 * 0.25)).toBeGreaterThan(0.9);
    expect(fit.inertia / (m.n * 3 * 0.25)).toBeLessThan(1.1);
  });

  it('is reproducible from the seed, and more restarts never end worse than fewer', () => {
    const { m } = blobs([300, 300, 300, 300], 2);
    const a = fitKMeansBestOf(m, 6, 4, 5);
    const b = fitKMeansBestOf(m, 6, 4, 5);
    expect(a.centroids).toEqual(b.centroids);
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    // Restart r uses seed + r: ten restarts include the first four.
    expect(fitKMeansBestOf(m, 6, 10, 5).inertia).toBeLessThanOrEqual(a.inertia);
  });

  it('seeds k distinct centres, each one a data row', () => {
    const { m } = blobs([50, 50, 50, 50], 3);
    const centres = seedKMeansPlusPlus(m, 4, mulberry32(9));
    const rows = new Set(Array.from({ length: m.n }, (_, i) => m.data.subarray(i * 3, i * 3 + 3).join(',')));
    const seeded = Array.from({ length: 4 }, (_, j) => centres.subarray(j * 3, j * 3 + 3).join(','));
    expect(new Set(seeded).size).toBe(4);
    for (const s of seeded) expect(rows.has(s)).toBe(true);
    // D² seeding lands one centre in each well-separated blob.
    const blobsHit = new Set(seeded.map((s) => nearestFitted(CENTRES, s.split(',').map(Number)).index));
    expect(blobsHit.size).toBe(4);
  });

  it("runs Lloyd's iterations to the fixed point: from the answer it stays, labels and inertia match the centres", () => {
    const { m } = blobs([200, 200, 200, 200], 4);
    const fit = fitKMeansBestOf(m, 4, 2, 1);
    const again = lloydOnMatrix(m.data, m.n, 3, fit.centroids);
    expect(again.centroids).toEqual(fit.centroids);
    expect(again.inertia).toBeCloseTo(fit.inertia, 9);
    // A centre that loses every member stays where it was.
    const far = lloydOnMatrix(m.data, m.n, 3, [...fit.centroids, [100, 100, 100]]);
    expect(far.centroids[4]).toEqual([100, 100, 100]);
    expect(Array.from(far.labels).includes(4)).toBe(false);
  });

  it('counts distinct rows up to a cap', () => {
    const m: PointMatrix = { data: Float64Array.from([1, 2, 1, 2, 3, 4, 5, 6]), n: 4, d: 2 };
    expect(countDistinctRows(m, 10)).toBe(3);
    expect(countDistinctRows(m, 2)).toBe(2);
  });
});
