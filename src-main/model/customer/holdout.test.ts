import { describe, expect, it } from 'vitest';
import type { OrderRow } from './order-log.js';
import { summarizeOrderLog } from './rfm-summary.js';
import { thinnessFlags, trackCumulativePurchases, validateHoldout } from './holdout.js';
import { simulateOrderRows } from './synthetic.js';
import { probabilityAlive } from './bgnbd-predict.js';

describe('holdout validation with the true parameters', () => {
  // Simulated with known parameters: the model's predictions must match the outcomes on
  // average (no fitting involved, so only sampling noise separates them).
  const truth = { r: 0.6, alpha: 5, a: 0.8, b: 2.5 };
  const orders = simulateOrderRows(4000, truth, 17, { calibrationDays: 364, acquisitionDays: 84, holdoutDays: 182, startDate: '2024-01-01' });
  const summary = summarizeOrderLog(orders, { calibrationEnd: '2024-12-30', holdoutEnd: '2025-06-30' });
  const result = validateHoldout(truth, summary.customers, summary.timeline);

  it('predicts the holdout total and tracks the cumulative curve', () => {
    expect(result.holdoutWeeks).toBe(26);
    expect(result.customers).toBe(4000);
    expect(Math.abs(result.predictedTotal / result.actualTotal - 1)).toBeLessThan(0.08);
    expect(result.correlation).toBeGreaterThan(0.4);
    expect(result.rmse).toBeGreaterThanOrEqual(result.mae);
    const last = result.tracking[result.tracking.length - 1];
    expect(last.weekEnd).toBe('2025-06-30');
    const totalRepeats = summary.customers.reduce((s, c) => s + c.x + c.holdoutPurchases, 0);
    expect(last.actualCumulative).toBe(totalRepeats);
    expect(Math.abs(last.expectedCumulative / last.actualCumulative - 1)).toBeLessThan(0.08);
  });

  it('gives the same figures from P(alive) the caller computed already', () => {
    const pAlive = summary.customers.map((c) => probabilityAlive(truth, c.x, c.tx, c.T));
    const reused = validateHoldout(truth, summary.customers, summary.timeline, (i) => pAlive[i]);
    expect(reused).toEqual(result);
    // It is really read: other P(alive) give other predictions.
    expect(validateHoldout(truth, summary.customers, summary.timeline, () => 0.5).predictedTotal).not.toBe(result.predictedTotal);
  });

  it('groups actual and predicted means by calibration frequency 0…6, 7+', () => {
    expect(result.byFrequency.map((g) => g.frequency)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(result.byFrequency.reduce((s, g) => s + g.customers, 0)).toBe(4000);
    const zero = result.byFrequency[0];
    expect(zero.customers).toBe(summary.customers.filter((c) => c.x === 0).length);
    // Large groups agree within sampling noise.
    for (const g of result.byFrequency.filter((x) => x.customers > 300)) {
      expect(Math.abs(g.predictedMean - g.actualMean)).toBeLessThan(0.25 * Math.max(g.actualMean, 0.4));
    }
  });

  it('flags nothing on ample data with a holdout as long as the horizon', () => {
    expect(thinnessFlags(summary.customers, summary.timeline, 26, result)).toEqual([]);
  });
});

describe('thinness flags', () => {
  const o = (customerId: string, date: string): OrderRow => ({ customerId, date, revenue: 10 });
  it('say in codes when data is too thin to trust', () => {
    const summary = summarizeOrderLog([o('A', '2025-01-01'), o('A', '2025-01-10'), o('B', '2025-01-05')], {
      calibrationEnd: '2025-01-31',
      holdoutEnd: '2025-02-14',
    });
    const result = validateHoldout({ r: 1, alpha: 2, a: 1, b: 3 }, summary.customers, summary.timeline);
    expect(thinnessFlags(summary.customers, summary.timeline, 52, result).map((f) => f.code)).toEqual([
      'fewRepeatCustomers',
      'fewCustomers',
      'historyShorterThanHorizon',
      'holdoutShorterThanHorizon',
      'noHoldoutPurchases',
    ]);
    const oneDay = summarizeOrderLog([o('A', '2025-01-01'), o('B', '2025-01-01')], { calibrationEnd: '2025-01-01' });
    expect(thinnessFlags(oneDay.customers, oneDay.timeline, 4, null).map((f) => f.code)).toContain('allOrdersOneDay');
  });

  it('tracking starts at the first purchase and never predicts before it', () => {
    const summary = summarizeOrderLog([o('A', '2025-01-01'), o('A', '2025-01-20')], { calibrationEnd: '2025-01-31' });
    const points = trackCumulativePurchases({ r: 1, alpha: 2, a: 1, b: 3 }, summary.timeline);
    expect(points.length).toBe(5);
    expect(points[0]).toMatchObject({ week: 1, weekEnd: '2025-01-07', actualCumulative: 0 });
    expect(points[2].actualCumulative).toBe(1);
    expect(points[4].weekEnd).toBe('2025-01-31');
  });
});
