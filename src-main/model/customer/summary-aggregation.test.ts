import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random.js';
import { aggregateSummaries, internValues } from './summary-aggregation.js';

describe('aggregateSummaries', () => {
  it('counts every distinct (x, t_x, T) once, ordered by x then t_x then T, weights summing to n', () => {
    const random = mulberry32(3);
    const n = 5000;
    const x = Float64Array.from({ length: n }, () => Math.floor(random() * 4));
    const tx = Float64Array.from({ length: n }, () => Math.floor(random() * 6) / 7);
    const T = Float64Array.from({ length: n }, () => 3 + Math.floor(random() * 5) / 7);
    const rows = aggregateSummaries(x, tx, T);
    const expected = new Map<string, number>();
    for (let i = 0; i < n; i++) expected.set(`${x[i]}|${tx[i]}|${T[i]}`, (expected.get(`${x[i]}|${tx[i]}|${T[i]}`) ?? 0) + 1);
    expect(rows.size).toBe(expected.size);
    const seen = [];
    for (let r = 0; r < rows.size; r++) {
      const row = [rows.x[r], rows.uniqueTx[rows.txIndex[r]], rows.uniqueT[rows.tIndex[r]]];
      expect(rows.weights[r]).toBe(expected.get(row.join('|')));
      seen.push(row);
    }
    const sorted = [...seen].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(seen).toEqual(sorted);
  });

  it('interns values in ascending order', () => {
    const interned = internValues([5, 1, 5, 3, 1]);
    expect([...interned.unique]).toEqual([1, 3, 5]);
    expect([...interned.index]).toEqual([2, 0, 2, 1, 0]);
  });
});
