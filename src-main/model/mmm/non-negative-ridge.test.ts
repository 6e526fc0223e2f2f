import { describe, expect, it } from 'vitest';
import { mulberry32, sampleNormal } from '../random.js';
import { choleskySolve, solvePartlyNonNegative } from './non-negative-ridge.js';

const objective = (g: Float64Array, c: Float64Array, b: ArrayLike<number>, p: number) => {
  let v = 0;
  for (let i = 0; i < p; i++) {
    v -= c[i] * b[i];
    for (let j = 0; j < p; j++) v += 0.5 * b[i] * g[i * p + j] * b[j];
  }
  return v;
};

function randomProblem(seed: number, p: number) {
  const random = mulberry32(seed);
  const n = 30;
  const x = Array.from({ length: n }, () => Array.from({ length: p }, () => sampleNormal(random)));
  const y = x.map((row) => row.reduce((s, v, j) => s + v * (j % 2 ? -1 : 1), 0) + sampleNormal(random));
  const g = new Float64Array(p * p);
  const c = new Float64Array(p);
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < p; i++) {
      c[i] += x[t][i] * y[t];
      for (let j = 0; j < p; j++) g[i * p + j] += x[t][i] * x[t][j];
    }
  }
  for (let i = 0; i < p; i++) g[i * p + i] += 0.1;
  return { g, c };
}

describe('solvePartlyNonNegative (Lawson–Hanson on the normal equations)', () => {
  it('solves a symmetric positive definite system exactly', () => {
    const x = choleskySolve(Float64Array.from([4, 2, 2, 3]), Float64Array.from([2, 1]), 2);
    expect(x[0]).toBeCloseTo(0.5, 14);
    expect(x[1]).toBeCloseTo(0, 14);
  });

  it('matches a brute force over all active sets and meets the KKT conditions', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const p = 5;
      const { g, c } = randomProblem(seed, p);
      const nonNegative = Uint8Array.from([0, 1, 1, 1, 1]);
      const b = solvePartlyNonNegative(g, c, p, nonNegative);
      // Brute force: every subset of the constrained coefficients held at zero.
      let best = Infinity;
      for (let mask = 0; mask < 16; mask++) {
        const keep = [0, 1, 2, 3, 4].filter((j) => j === 0 || !(mask & (1 << (j - 1))));
        const m = keep.length;
        const sub = new Float64Array(m * m);
        const rhs = new Float64Array(m);
        keep.forEach((a, ia) => {
          rhs[ia] = c[a];
          keep.forEach((bb, ib) => (sub[ia * m + ib] = g[a * p + bb]));
        });
        const s = choleskySolve(sub, rhs, m);
        if (keep.some((j, i) => j > 0 && s[i] < 0)) continue;
        const full = new Float64Array(p);
        keep.forEach((j, i) => (full[j] = s[i]));
        best = Math.min(best, objective(g, c, full, p));
      }
      expect(objective(g, c, b, p)).toBeCloseTo(best, 9);
      for (let j = 1; j < p; j++) {
        expect(b[j]).toBeGreaterThanOrEqual(0);
        let gradient = -c[j];
        for (let k = 0; k < p; k++) gradient += g[j * p + k] * b[k];
        if (b[j] === 0) expect(gradient).toBeGreaterThanOrEqual(-1e-9);
        else expect(Math.abs(gradient)).toBeLessThan(1e-8);
      }
    }
  });
});
