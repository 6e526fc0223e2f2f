import { describe, expect, it } from 'vitest';
import { expm1Ratio, logAddExp, logBeta, logGamma } from './special-functions.js';

describe('logGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
  });

  it('matches reference values for small and large arguments', () => {
    // Γ(0.1) = 9.513507698668731836…, ln Γ(100) = 359.13420536957539878 (A&S, Wolfram).
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 12);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 9);
    expect(logGamma(1e-8)).toBeCloseTo(18.420680738180209, 7);
  });

  it('satisfies Γ(x+1) = xΓ(x) across scales', () => {
    for (const x of [0.01, 0.37, 1.5, 7.25, 42.5, 1234.5]) {
      expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 9);
    }
  });

  it('logBeta(a, b) = ln(Γ(a)Γ(b)/Γ(a+b)): B(2, 3) = 1/12', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 13);
  });
});

describe('logAddExp and expm1Ratio', () => {
  it('adds in log space without overflow', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 10);
    expect(logAddExp(-Infinity, -Infinity)).toBe(-Infinity);
  });

  it('(e^(εL) − 1)/ε is continuous through ε = 0', () => {
    expect(expm1Ratio(0, -2)).toBe(-2);
    expect(expm1Ratio(1e-12, -2)).toBeCloseTo(-2, 10);
    expect(expm1Ratio(0.5, -2)).toBeCloseTo((Math.exp(-1) - 1) / 0.5, 14);
  });
});
