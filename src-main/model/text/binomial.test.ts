import { describe, expect, it } from 'vitest';
import { binomialUpperTail, logGamma } from './binomial.js';

function bruteTail(k: number, n: number, p: number): number {
  let total = 0;
  for (let i = k; i <= n; i++) {
    let c = 1;
    for (let j = 1; j <= i; j++) c = (c * (n - i + j)) / j;
    total += c * p ** i * (1 - p) ** (n - i);
  }
  return total;
}

describe('binomialUpperTail', () => {
  it('matches a textbook value: P(X ≥ 3 | n = 10, p = 0.1) = 0.0702', () => {
    expect(binomialUpperTail(3, 10, 0.1)).toBeCloseTo(0.0701908264, 8);
  });
  it('matches the direct sum', () => {
    for (const [k, n, p] of [[0, 5, 0.3], [7, 40, 0.12], [30, 60, 0.5], [15, 100, 0.05]] as const) {
      expect(binomialUpperTail(k, n, p)).toBeCloseTo(bruteTail(k, n, p), 10);
    }
  });
  it('logGamma(n + 1) = log n!', () => {
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
  });
});
