import { describe, expect, it } from 'vitest';
import { hypergeometric2F1 } from './hypergeometric.js';

// Closed forms from Abramowitz & Stegun 15.1.3–15.1.17.
describe('hypergeometric2F1', () => {
  it('2F1(1, 1; 2; z) = −ln(1 − z)/z, including far from the origin', () => {
    for (const z of [-20, -5, -0.9, -0.3, 0.3, 0.6, 0.9, 0.99, 0.999]) {
      const exact = -Math.log(1 - z) / z;
      expect(hypergeometric2F1(1, 1, 2, z)).toBeCloseTo(exact, 10);
    }
  });

  it('2F1(a, b; b; z) = (1 − z)^(−a)', () => {
    for (const [a, b, z] of [
      [0.3, 2.5, 0.7],
      [2.2, 0.4, -3],
      [5, 1.5, 0.95],
    ]) {
      expect(hypergeometric2F1(a, b, b, z) / Math.pow(1 - z, -a)).toBeCloseTo(1, 10);
    }
  });

  it('2F1(1/2, 1/2; 3/2; z²) = arcsin(z)/z', () => {
    for (const z of [0.1, 0.5, 0.9, 0.99]) {
      expect(hypergeometric2F1(0.5, 0.5, 1.5, z * z)).toBeCloseTo(Math.asin(z) / z, 9);
    }
  });

  it('2F1(a, 1 − a; 3/2; sin² x) = sin((2a − 1)x)/((2a − 1) sin x)', () => {
    for (const [a, x] of [
      [0.8, 0.4],
      [2.3, 1.2],
      [-1.7, 0.9],
    ]) {
      const exact = Math.sin((2 * a - 1) * x) / ((2 * a - 1) * Math.sin(x));
      expect(hypergeometric2F1(a, 1 - a, 1.5, Math.sin(x) ** 2)).toBeCloseTo(exact, 9);
    }
  });

  it('terminates for a negative integer a: 2F1(−2, b; c; z) is a quadratic', () => {
    const [b, c, z] = [1.5, 2.5, 0.8];
    const exact = 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1));
    expect(hypergeometric2F1(-2, b, c, z)).toBeCloseTo(exact, 13);
  });

  it('returns 1 at z = 0 and NaN outside its domain', () => {
    expect(hypergeometric2F1(3, 4, 5, 0)).toBe(1);
    expect(hypergeometric2F1(1, 1, 2, 1)).toBeNaN();
    expect(hypergeometric2F1(1, 1, -2, 0.5)).toBeNaN();
  });
});
