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

  it("skips only work: from the same start, the centres, labels and inertia of plain Lloyd's iterations, on overlapping groups that take many", () => {
    // Wide groups that overlap: many iterations, points changing sides till the end.
    const u = mulberry32(8);
    const n = 6000;
    const data = new Float64Array(n * 3);
    for (let i = 0; i < n; i++) for (let t = 0; t < 3; t++) data[i * 3 + t] = CENTRES[i % 4][t] * 0.4 + 1.2 * sampleNormal(u);
    const start = [0, 1, 2, 3, 4].map((i) => Array.from(data.subarray(i * 3, i * 3 + 3)));
    for (const maxIterations of [3, 100]) {
      const fast = lloydOnMatrix(data, n, 3, start, maxIterations);
      const plain = plainLloyd(data, n, 3, start, maxIterations, 1e-8);
      expect(fast.centroids).toEqual(plain.centroids);
      expect(Array.from(fast.labels)).toEqual(Array.from(plain.labels));
      expect(fast.inertia).toBe(plain.inertia);
    }
    expect(plainLloyd(data, n, 3, start, 100, 1e-8).iterations).toBeGreaterThan(10);
  });

  it('counts distinct rows up to a cap', () => {
    const m: PointMatrix = { data: Float64Array.from([1, 2, 1, 2, 3, 4, 5, 6]), n: 4, d: 2 };
    expect(countDistinctRows(m, 10)).toBe(3);
    expect(countDistinctRows(m, 2)).toBe(2);
  });
});

/** Lloyd's iterations as written in the textbook: every distance of every point, every time (the reference). */
function plainLloyd(data: Float64Array, n: number, d: number, start: number[][], maxIterations: number, tolerance: number) {
  const centres = start.map((c) => [...c]);
  const labels = new Int32Array(n);
  const assign = (): number => {
    let inertia = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDistance = Infinity;
      centres.forEach((c, j) => {
        let sq = 0;
        for (let t = 0; t < d; t++) sq += (data[i * d + t] - c[t]) ** 2;
        if (sq < bestDistance) [best, bestDistance] = [j, sq];
      });
      labels[i] = best;
      inertia += bestDistance;
    }
    return inertia;
  };
  assign();
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const sums = centres.map(() => new Array<number>(d).fill(0));
    const counts = centres.map(() => 0);
    for (let i = 0; i < n; i++) {
      counts[labels[i]]++;
      for (let t = 0; t < d; t++) sums[labels[i]][t] += data[i * d + t];
    }
    let moved = 0;
    centres.forEach((c, j) => {
      if (counts[j] === 0) return;
      let sq = 0;
      for (let t = 0; t < d; t++) {
        const next = sums[j][t] / counts[j];
        sq += (next - c[t]) ** 2;
        c[t] = next;
      }
      moved = Math.max(moved, sq);
    });
    if (moved <= tolerance) break;
    assign();
  }
  const inertia = assign();
  return { centroids: centres, labels, inertia, iterations };
}
