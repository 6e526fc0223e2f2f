import { describe, expect, it } from 'vitest';
import { digamma, expm1Ratio, logAddExp, logBeta, logGamma } from './special-functions.js';

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

describe('digamma', () => {
  it('matches reference values: ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2, ψ(10) (A&S table 6.1)', () => {
    const eulerGamma = 0.5772156649015329;
    expect(digamma(1)).toBeCloseTo(-eulerGamma, 14);
    expect(digamma(0.5)).toBeCloseTo(-eulerGamma - 2 * Math.log(2), 14);
    expect(digamma(10)).toBeCloseTo(2.251752589066721, 14);
    expect(digamma(0.01)).toBeCloseTo(-100.5608854578687, 11);
  });

  it('is the derivative of logGamma and satisfies ψ(x+1) = ψ(x) + 1/x', () => {
    for (const x of [0.05, 0.37, 1.5, 9.9, 10.1, 42.5, 1234.5]) {
      const h = 1e-5 * Math.max(1, x);
      expect(digamma(x) / ((logGamma(x + h) - logGamma(x - h)) / (2 * h))).toBeCloseTo(1, 7);
      expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 12);
    }
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
