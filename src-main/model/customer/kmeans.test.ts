import { describe, expect, it } from 'vitest';
import { segmentCustomersKMeans, type ClusterInput } from './kmeans.js';
import { mulberry32, sampleNormal } from '../random.js';

/** Customers from well-separated groups (on the log scale the models cluster on). */
function groups(sizes: number[], seed: number): { customers: ClusterInput[]; truth: number[] } {
  const centres = [
    { r: 5, f: 12, m: 3000 },
    { r: 300, f: 1, m: 30 },
    { r: 20, f: 1, m: 40 },
    { r: 200, f: 8, m: 2000 },
  ];
  const u = mulberry32(seed);
  const customers: ClusterInput[] = [];
  const truth: number[] = [];
  sizes.forEach((size, g) => {
    for (let i = 0; i < size; i++) {
      const jitter = (): number => Math.exp(0.1 * sampleNormal(u));
      const ctr = centres[g];
      customers.push({ customerId: `G${g}-${i}`, recencyDays: ctr.r * jitter(), frequency: ctr.f * jitter(), monetary: ctr.m * jitter() });
      truth.push(g);
    }
  });
  return { customers, truth };
}

/** Clusterings agree when every true group maps to exactly one cluster. */
function sameGrouping(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const map = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const seen = map.get(a[i]);
    if (seen === undefined) map.set(a[i], b[i]);
    else if (seen !== b[i]) return false;
  }
  return new Set(map.values()).size === map.size;
}

describe('segmentCustomersKMeans', () => {
  it('finds the true number of groups by silhouette and recovers them', () => {
    const { customers, truth } = groups([300, 500, 200, 150], 1);
    const result = segmentCustomersKMeans(customers, { seed: 3 });
    expect(result.k).toBe(4);
    expect(result.chosenBy).toBe('silhouette');
    expect(result.kSearch.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const best = Math.max(...result.kSearch.map((p) => p.silhouette));
    expect(result.silhouette).toBe(best);
    expect(sameGrouping(truth, result.assignments)).toBe(true);
    // Elbow: inertia falls with k.
    for (let i = 1; i < result.kSearch.length; i++) expect(result.kSearch[i].inertia).toBeLessThan(result.kSearch[i - 1].inertia);
  });

  it('picks from a narrower range when asked, still scoring every k, and says which k scored best overall', () => {
    // Two true groups: the silhouette peaks at k = 2, which a marketing range of 3–6 rules out.
    const { customers } = groups([400, 400], 2);
    const free = segmentCustomersKMeans(customers, { seed: 3 });
    expect(free.k).toBe(2);
    expect(free.bestScoredK).toBe(2);
    const ranged = segmentCustomersKMeans(customers, { seed: 3, pickFrom: { min: 3, max: 6 } });
    expect(ranged.kSearch.map((p) => p.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(ranged.bestScoredK).toBe(2);
    const inRange = ranged.kSearch.filter((p) => p.k >= 3 && p.k <= 6);
    expect(ranged.k).toBe(inRange.reduce((b, p) => (p.silhouette > b.silhouette ? p : b)).k);
    expect(ranged.silhouette).toBe(Math.max(...inRange.map((p) => p.silhouette)));
    // A fixed k is never overruled by the range.
    expect(segmentCustomersKMeans(customers, { seed: 3, k: 2, pickFrom: { min: 3, max: 6 } }).k).toBe(2);
  });

  it('profiles clusters in original units and names them uniquely', () => {
    const { customers } = groups([300, 500, 200, 150], 1);
    const result = segmentCustomersKMeans(customers, { seed: 3 });
    const top = result.clusters.find((c) => c.size === 300);
    expect(top?.meanFrequency).toBeGreaterThan(10);
    expect(top?.name.en).toBe('High-value active');
    expect(result.clusters.reduce((s, c) => s + c.size, 0)).toBe(1150);
    expect(result.clusters.reduce((s, c) => s + c.revenueShare, 0)).toBeCloseTo(1, 12);
    expect(new Set(result.clusters.map((c) => c.name.en)).size).toBe(result.k);
  });

  it('is reproducible from the seed, and the sampled path agrees with the full one', () => {
    const { customers, truth } = groups([600, 900, 500, 400], 2);
    const a = segmentCustomersKMeans(customers, { seed: 5, sampleSize: 800 });
    const b = segmentCustomersKMeans(customers, { seed: 5, sampleSize: 800 });
    expect(Array.from(a.assignments)).toEqual(Array.from(b.assignments));
    expect(a.sampleSize).toBe(800);
    expect(a.k).toBe(4);
    expect(sameGrouping(truth, a.assignments)).toBe(true);
  });

  it('recovers known groups among a quarter of a million customers, its silhouettes sampled with their error', () => {
    // Above 200,000 customers the chosen centres converge on 100,000 before the pass over everyone.
    const { customers, truth } = groups([100_000, 80_000, 50_000, 30_000], 6);
    const result = segmentCustomersKMeans(customers, { seed: 1 });
    expect(result.k).toBe(4);
    expect(sameGrouping(truth, result.assignments)).toBe(true);
    expect(result.sampleSize).toBe(10_000);
    expect(result.silhouetteSampleSize).toBe(3000);
    for (const p of result.kSearch) {
      expect(p.silhouetteStandardError).toBeGreaterThan(0);
      expect(p.silhouetteStandardError).toBeLessThan(0.01);
    }
    expect(result.clusters.map((c) => c.size).sort((a, b) => b - a)).toEqual([100_000, 80_000, 50_000, 30_000]);
  });

  it('uses attributes, imputing missing values, and honours a fixed k', () => {
    const { customers } = groups([100, 100], 4);
    const withAge = customers.map((c, i) => ({ ...c, attributes: [i % 10 === 0 ? null : 20 + (i % 50)] }));
    const result = segmentCustomersKMeans(withAge, { k: 3, seed: 1, attributeNames: ['age'] });
    expect(result.k).toBe(3);
    expect(result.chosenBy).toBe('fixed');
    expect(result.features).toEqual(['recency', 'frequency', 'monetary', 'age']);
    expect(result.clusters.every((c) => Number.isFinite(c.attributeMeans[0]))).toBe(true);
  });

  it('degrades gracefully with identical or no customers', () => {
    const same = Array.from({ length: 20 }, (_, i) => ({ customerId: `C${i}`, recencyDays: 3, frequency: 1, monetary: 10 }));
    const result = segmentCustomersKMeans(same, { seed: 1 });
    expect(result.k).toBe(1);
    expect(result.warnings).toEqual([{ code: 'tooFewCustomersForClusters', count: 1 }]);
    expect(Array.from(result.assignments).every((a) => a === 0)).toBe(true);
    expect(segmentCustomersKMeans([], {}).clusters).toEqual([]);
  });
});
