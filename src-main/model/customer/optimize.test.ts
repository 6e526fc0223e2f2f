import { describe, expect, it } from 'vitest';
import { minimizeBfgs, minimizeNelderMead, minimizeStaged, minimizeWithRestarts } from './optimize.js';

const rosenbrock = (p: readonly number[]): number => 100 * (p[1] - p[0] ** 2) ** 2 + (1 - p[0]) ** 2;

describe('Nelder–Mead', () => {
  it('finds the Rosenbrock minimum at (1, 1)', () => {
    const result = minimizeWithRestarts(rosenbrock, [[-1.2, 1]]);
    expect(result.point[0]).toBeCloseTo(1, 4);
    expect(result.point[1]).toBeCloseTo(1, 4);
    expect(result.converged).toBe(true);
  });

  it('minimises a shifted quadratic in four dimensions', () => {
    const centre = [0.3, -2, 5, 1.5];
    const f = (p: readonly number[]): number => p.reduce((s, v, i) => s + (i + 1) * (v - centre[i]) ** 2, 0);
    const result = minimizeNelderMead(f, [0, 0, 0, 0], { pointTolerance: 1e-9, valueTolerance: 1e-14 });
    result.point.forEach((v, i) => expect(v).toBeCloseTo(centre[i], 5));
  });

  it('treats non-finite values as infinitely bad', () => {
    const f = (p: readonly number[]): number => (p[0] < 0 ? NaN : (p[0] - 2) ** 2);
    expect(minimizeNelderMead(f, [0.1]).point[0]).toBeCloseTo(2, 4);
  });

  it('restarts escape a local minimum that a single start falls into', () => {
    // Double well: local minimum near x = 1.13 (value ≈ −1.07), global near x = −1.30 (value ≈ −3.51).
    const f = (p: readonly number[]): number => p[0] ** 4 - 3 * p[0] ** 2 + p[0];
    expect(minimizeNelderMead(f, [2]).point[0]).toBeGreaterThan(0);
    expect(minimizeWithRestarts(f, [[2], [-2]]).point[0]).toBeLessThan(0);
  });

  it('staged minimisation ends at the optimum of the full objective', () => {
    const rough = (p: readonly number[]): number => (p[0] - 1.1) ** 2 + (p[1] - 0.9) ** 2;
    const exact = (p: readonly number[], gradient: number[]): number => {
      gradient[0] = 2 * (p[0] - 1);
      gradient[1] = 2 * (p[1] - 1);
      return (p[0] - 1) ** 2 + (p[1] - 1) ** 2;
    };
    for (const search of [rough, null]) {
      const result = minimizeStaged(search, exact, [[5, 5]]);
      expect(result.point[0]).toBeCloseTo(1, 9);
      expect(result.point[1]).toBeCloseTo(1, 9);
      expect(result.converged).toBe(true);
    }
  });

  it('BFGS with an analytic gradient reaches the Rosenbrock minimum to the gradient tolerance', () => {
    const rosenbrock = (p: readonly number[], gradient: number[]): number => {
      const [x, y] = p;
      gradient[0] = -2 * (1 - x) - 400 * x * (y - x * x);
      gradient[1] = 200 * (y - x * x);
      return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
    };
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.point[0]).toBeCloseTo(1, 7);
    expect(result.point[1]).toBeCloseTo(1, 7);
  });

  it('BFGS steps back from non-finite values and never ends worse than its start', () => {
    // Defined for x > 0 only; minimum at x = 2. A unit step from 0.1 along −f′ would leave the domain.
    const f = (p: readonly number[], gradient: number[]): number => {
      gradient[0] = -2 / p[0] + 1;
      return p[0] > 0 ? p[0] - 2 * Math.log(p[0]) : NaN;
    };
    const result = minimizeBfgs(f, [0.1]);
    expect(result.point[0]).toBeCloseTo(2, 8);
    const atStart = minimizeBfgs(f, [2]);
    expect(atStart.point[0]).toBe(2);
  });
});
