/**
 * The Gamma-Gamma fit on a second thread (analysis/spend-fit-thread.ts) gives exactly the
 * fit made here, and the LTV analysis starts it before fitting BG/NBD so the two overlap.
 * Needs `npm run build` (the thread runs out/main/spend-fit-worker.js).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitSpendInThread } from '../../src-main/analysis/spend-fit-thread.js';
import { analyzeLifetimeValue, fitSpendHere, type SpendFitStarter } from '../../src-main/model/customer/index.js';
import { simulateOrderRows } from '../../src-main/model/customer/synthetic.js';
import { mulberry32 } from '../../src-main/model/random.js';

describe('the Gamma-Gamma fit on another thread', () => {
  it('equals the fit made here, bit for bit', () => {
    expect(existsSync('out/main/spend-fit-worker.js'), 'run npm run build first').toBe(true);
    const random = mulberry32(5);
    const n = 60_000;
    const x = Float64Array.from({ length: n }, () => Math.floor(random() * 6));
    const monetary = Float64Array.from(x, (v) => (v > 0 && random() > 0.02 ? 5 + random() * 80 : 0));
    const spend = { x, monetary };
    const there = fitSpendInThread(spend, 3);
    const here = fitSpendHere(spend, 3);
    expect(there()).toEqual(here());
    expect(here().warnings.map((w) => w.code)).toContain('nonPositiveRepeatSpend');
  });

  it('is started once per analysis, and its result is the one the analysis reports', () => {
    const orders = simulateOrderRows(800, { r: 0.7, alpha: 4, a: 0.8, b: 2.5 }, 9, { calibrationDays: 300, holdoutDays: 120, startDate: '2024-01-01' });
    const options = { calibrationEnd: '2024-10-27', holdoutEnd: '2025-02-24' };
    const events: string[] = [];
    const recording: SpendFitStarter = (spend, seed) => {
      events.push('started');
      const result = fitSpendHere(spend, seed);
      return () => {
        events.push('collected');
        return result();
      };
    };
    const withStarter = analyzeLifetimeValue(orders, { ...options, startSpendFit: recording });
    expect(events).toEqual(['started', 'collected']);
    expect(withStarter).toEqual(analyzeLifetimeValue(orders, options));
    const shifted: SpendFitStarter = (spend, seed) => {
      const fit = fitSpendHere(spend, seed)();
      return () => ({ ...fit, params: { ...fit.params, gamma: fit.params.gamma * 2 } });
    };
    expect(analyzeLifetimeValue(orders, { ...options, startSpendFit: shifted }).gammaGamma?.gamma).toBeCloseTo((withStarter.gammaGamma?.gamma ?? 0) * 2, 9);
  });
});
