import { describe, expect, it } from 'vitest';
import { conditionalExpectedSpend, fitGammaGamma, gammaGammaLogLikelihood } from './gamma-gamma.js';
import { logGamma } from './special-functions.js';
import { simulateBgNbdCustomers } from './synthetic.js';

/** ln Gamma(v; shape, rate) density. */
const logGammaDensity = (v: number, shape: number, rate: number): number =>
  shape * Math.log(rate) - logGamma(shape) + (shape - 1) * Math.log(v) - rate * v;

/**
 * f(m̄ | x) by numerical integration of the model's definition: given ν the mean of x
 * Gamma(p, ν) values is Gamma(px, νx), and ν ~ Gamma(q, γ). Trapezoid rule in ln ν.
 */
function integratedDensity(p: number, q: number, gamma: number, x: number, m: number): number {
  let sum = 0;
  const step = 0.001;
  for (let u = -25; u <= 10; u += step) {
    const nu = Math.exp(u);
    sum += Math.exp(logGammaDensity(m, p * x, nu * x) + logGammaDensity(nu, q, gamma)) * nu * step;
  }
  return sum;
}

describe('Gamma-Gamma likelihood and expectation', () => {
  it('matches the closed form by hand: p = q = γ = 1, x = 1, m̄ = 1 gives ln(1/4)', () => {
    expect(gammaGammaLogLikelihood({ p: 1, q: 1, gamma: 1 }, 1, 1)).toBeCloseTo(Math.log(0.25), 14);
  });

  it('matches numerical integration of the hierarchical model', () => {
    for (const [p, q, gamma, x, m] of [
      [6.25, 3.74, 15.44, 3, 28.5],
      [2, 5, 40, 1, 7],
      [0.8, 2.5, 3, 12, 1.3],
    ]) {
      expect(gammaGammaLogLikelihood({ p, q, gamma }, x, m)).toBeCloseTo(Math.log(integratedDensity(p, q, gamma, x, m)), 5);
    }
  });

  it('expected spend is the credibility-weighted mean of population and customer means', () => {
    const params = { p: 6, q: 4, gamma: 15 };
    expect(conditionalExpectedSpend(params, 0, 0)).toBeCloseTo((6 * 15) / 3, 12);
    // x = 2, m̄ = 40: weights (q−1)/(px+q−1) = 3/15 and px/(px+q−1) = 12/15.
    expect(conditionalExpectedSpend(params, 2, 40)).toBeCloseTo((3 / 15) * 30 + (12 / 15) * 40, 12);
    expect(conditionalExpectedSpend({ p: 1, q: 0.5, gamma: 1 }, 0, 0)).toBe(Infinity);
  });
});

describe('fitGammaGamma', () => {
  const truth = { p: 6, q: 4, gamma: 15 };
  const customers = simulateBgNbdCustomers(5000, { r: 0.5, alpha: 5, a: 0.8, b: 2.5 }, 21, {
    calibrationDays: 728,
    acquisitionDays: 364,
    timeGrid: 'continuous',
    gammaGamma: truth,
  });
  const fit = fitGammaGamma(customers);

  it('recovers the parameters of simulated spend (tolerances ≈ 3 standard errors)', () => {
    expect(fit.customers).toBe(customers.filter((c) => c.x > 0).length);
    expect(Math.abs(fit.params.p / truth.p - 1)).toBeLessThan(0.12);
    expect(Math.abs(fit.params.q / truth.q - 1)).toBeLessThan(0.1);
    expect(Math.abs(fit.params.gamma / truth.gamma - 1)).toBeLessThan(0.16);
  });

  it('reports no spend–frequency correlation when the data has none', () => {
    expect(Math.abs(fit.frequencySpendCorrelation)).toBeLessThan(0.1);
    expect(fit.warnings).toEqual([]);
  });

  it('on many customers (subsample search, then BFGS on all) ends where the full likelihood is flat', () => {
    const many = simulateBgNbdCustomers(60_000, { r: 0.5, alpha: 5, a: 0.8, b: 2.5 }, 22, { calibrationDays: 728, acquisitionDays: 364, gammaGamma: truth });
    const repeat = many.filter((c) => c.x > 0);
    expect(repeat.length).toBeGreaterThan(20_000);
    const staged = fitGammaGamma(many);
    expect(staged.converged).toBe(true);
    const total = (params: typeof staged.params): number => repeat.reduce((s, c) => s + gammaGammaLogLikelihood(params, c.x, c.monetary), 0);
    expect(staged.logLikelihood / total(staged.params)).toBeCloseTo(1, 10);
    // Central differences in the log-parameters, per customer: zero at the maximum.
    for (const name of ['p', 'q', 'gamma'] as const) {
      const h = 1e-4;
      const up = total({ ...staged.params, [name]: staged.params[name] * Math.exp(h) });
      const down = total({ ...staged.params, [name]: staged.params[name] * Math.exp(-h) });
      expect(Math.abs((up - down) / (2 * h) / repeat.length)).toBeLessThan(1e-6);
    }
  });

  it('flags spend that rises with frequency, and skips non-positive spend', () => {
    const correlated = [...Array(300).keys()].map((i) => ({ x: 1 + (i % 10), monetary: 10 + 5 * (i % 10) + (i % 7) }));
    const result = fitGammaGamma([...correlated, { x: 2, monetary: 0 }, { x: 0, monetary: 0 }]);
    expect(result.frequencySpendCorrelation).toBeGreaterThan(0.9);
    expect(result.warnings).toEqual([
      { code: 'nonPositiveRepeatSpend', count: 1 },
      { code: 'spendFrequencyCorrelated', count: 1 },
    ]);
  });
});
