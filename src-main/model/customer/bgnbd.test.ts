import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, makeTotalLogLikelihood } from './bgnbd-likelihood.js';
import { fitBgNbd } from './bgnbd.js';
import { minimizeWithRestarts } from './optimize.js';
import { simulateBgNbdCustomers } from './synthetic.js';

const ONES = { r: 1, alpha: 1, a: 1, b: 1 };

describe('BG/NBD likelihood', () => {
  it('matches FHL eq. 6 worked by hand', () => {
    // x = 0, T = 1: B(1,1)/B(1,1) · Γ(1)·1/(Γ(1)·2) = 1/2.
    expect(bgnbdLogLikelihood(ONES, 0, 0, 1)).toBeCloseTo(Math.log(0.5), 14);
    // x = 1, t_x = 1, T = 2: B(1,2)/B(1,1) · 1/3² + B(2,1)/B(1,1) · 1/2² = 1/18 + 1/8 = 13/72.
    expect(bgnbdLogLikelihood(ONES, 1, 1, 2)).toBeCloseTo(Math.log(13 / 72), 14);
  });

  it('the regrouped total equals the sum of per-customer terms (direct and table paths)', () => {
    // Continuous times: every row distinct (direct path). Day grid over 8 weeks with many
    // customers: long runs of equal x over few distinct times (table path).
    const continuous = simulateBgNbdCustomers(500, { r: 0.4, alpha: 3, a: 0.9, b: 2 }, 3, { timeGrid: 'continuous' });
    const dayGrid = simulateBgNbdCustomers(6000, { r: 2, alpha: 3, a: 0.9, b: 2 }, 4, { calibrationDays: 56 });
    const params = { r: 0.37, alpha: 2.8, a: 1.2, b: 2.6 };
    for (const customers of [continuous, dayGrid]) {
      const direct = customers.reduce((s, c) => s + bgnbdLogLikelihood(params, c.x, c.tx, c.T), 0);
      const total = makeTotalLogLikelihood(
        Float64Array.from(customers, (c) => c.x),
        Float64Array.from(customers, (c) => c.tx),
        Float64Array.from(customers, (c) => c.T),
      );
      expect(total(params) / direct).toBeCloseTo(1, 12);
    }
  });

  it('its analytic gradient matches central differences (direct and table paths)', () => {
    const continuous = simulateBgNbdCustomers(500, { r: 0.4, alpha: 3, a: 0.9, b: 2 }, 3, { timeGrid: 'continuous' });
    const dayGrid = simulateBgNbdCustomers(6000, { r: 2, alpha: 3, a: 0.9, b: 2 }, 4, { calibrationDays: 56 });
    const params = { r: 0.37, alpha: 2.8, a: 1.2, b: 2.6 };
    const names = ['r', 'alpha', 'a', 'b'] as const;
    for (const customers of [continuous, dayGrid]) {
      const total = makeTotalLogLikelihood(
        Float64Array.from(customers, (c) => c.x),
        Float64Array.from(customers, (c) => c.tx),
        Float64Array.from(customers, (c) => c.T),
      );
      const gradient = new Float64Array(4);
      const value = total(params, gradient);
      expect(value).toBe(total(params));
      names.forEach((name, k) => {
        const h = 1e-6 * params[name];
        const numeric = (total({ ...params, [name]: params[name] + h }) - total({ ...params, [name]: params[name] - h })) / (2 * h);
        expect(gradient[k] / numeric).toBeCloseTo(1, 6);
      });
    }
  });
});

describe('fitBgNbd', () => {
  const truth = { r: 0.5, alpha: 5, a: 0.8, b: 2.5 };
  // 5,000 customers over two years; tolerances are about three sampling standard errors
  // (measured over seeds: r 2.5 %, α 4 %, a 9 %, b 12 %).
  const customers = simulateBgNbdCustomers(5000, truth, 11, { calibrationDays: 728, acquisitionDays: 364, timeGrid: 'continuous' });
  const fit = fitBgNbd(customers);

  it('recovers the parameters of simulated data', () => {
    expect(Math.abs(fit.params.r / truth.r - 1)).toBeLessThan(0.08);
    expect(Math.abs(fit.params.alpha / truth.alpha - 1)).toBeLessThan(0.12);
    expect(Math.abs(fit.params.a / truth.a - 1)).toBeLessThan(0.3);
    expect(Math.abs(fit.params.b / truth.b - 1)).toBeLessThan(0.4);
  });

  it('is a maximum: at least the likelihood of the truth, and within χ²(4) reach of it', () => {
    const atTruth = customers.reduce((s, c) => s + bgnbdLogLikelihood(truth, c.x, c.tx, c.T), 0);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(atTruth);
    expect(fit.logLikelihood - atTruth).toBeLessThan(10);
  });

  it('does not depend on the starting point', () => {
    const far = fitBgNbd(customers, { starts: [{ r: 20, alpha: 0.05, a: 10, b: 0.1 }] });
    expect(far.logLikelihood).toBeCloseTo(fit.logLikelihood, 3);
  });

  it('on many customers (subsample search, then BFGS on all) ends at the full-data optimum', () => {
    const many = simulateBgNbdCustomers(25_000, truth, 12, { calibrationDays: 364, acquisitionDays: 182 });
    const staged = fitBgNbd(many);
    expect(staged.converged).toBe(true);
    // Nelder–Mead restarts on the full likelihood (the slow way) find no better point.
    const total = makeTotalLogLikelihood(
      Float64Array.from(many, (c) => c.x),
      Float64Array.from(many, (c) => c.tx),
      Float64Array.from(many, (c) => c.T),
    );
    const slow = minimizeWithRestarts(
      (p) => -total({ r: Math.exp(p[0]), alpha: Math.exp(p[1]), a: Math.exp(p[2]), b: Math.exp(p[3]) }),
      [[Math.log(staged.params.r), Math.log(staged.params.alpha), Math.log(staged.params.a), Math.log(staged.params.b)]],
      { initialStep: 0.02, pointTolerance: 1e-6, valueTolerance: 1e-10, maxPolishRounds: 1 },
    );
    expect(staged.logLikelihood).toBeGreaterThanOrEqual(-slow.value - 1e-6);
    expect(Math.abs(Math.exp(slow.point[0]) / staged.params.r - 1)).toBeLessThan(1e-5);
    // and the gradient vanishes there.
    const gradient = new Float64Array(4);
    total(staged.params, gradient);
    const scaled = [staged.params.r, staged.params.alpha, staged.params.a, staged.params.b].map((v, k) => (v * gradient[k]) / many.length);
    expect(Math.max(...scaled.map(Math.abs))).toBeLessThan(1e-6);
  });

  it('refuses data without a single repeat purchase', () => {
    expect(() => fitBgNbd([{ x: 0, tx: 0, T: 10 }])).toThrow(RangeError);
  });
});
