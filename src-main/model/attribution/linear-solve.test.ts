import { describe, expect, it } from 'vitest';
import { solveLinearSystem } from './linear-solve.js';

describe('solveLinearSystem', () => {
  it('pivots past a zero on the diagonal', () => {
    // y = 2 and x + y = 3  ⇒  x = 1, y = 2 (needs a row swap: a[0][0] = 0).
    expect(Array.from(solveLinearSystem(Float64Array.of(0, 1, 1, 1), Float64Array.of(2, 3), 2))).toEqual([1, 2]);
  });
  it('solves a 3×3 system checked by substitution', () => {
    // 2x + y − z = 8, −3x − y + 2z = −11, −2x + y + 2z = −3  ⇒  (2, 3, −1) (the textbook example).
    const x = solveLinearSystem(Float64Array.of(2, 1, -1, -3, -1, 2, -2, 1, 2), Float64Array.of(8, -11, -3), 3);
    expect(x[0]).toBeCloseTo(2, 12);
    expect(x[1]).toBeCloseTo(3, 12);
    expect(x[2]).toBeCloseTo(-1, 12);
  });
  it('refuses a singular system', () => {
    expect(() => solveLinearSystem(Float64Array.of(1, 2, 2, 4), Float64Array.of(1, 2), 2)).toThrow(RangeError);
  });
});
