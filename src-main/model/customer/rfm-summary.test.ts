import { describe, expect, it } from 'vitest';
import type { OrderRow } from './order-log.js';
import { summarizeOrderLog } from './rfm-summary.js';
import { simulateBgNbdCustomers, simulateOrderRows } from './synthetic.js';

const o = (customerId: string, date: string, revenue: number): OrderRow => ({ customerId, date, revenue });

describe('summarizeOrderLog', () => {
  const orders = [
    o('A', '2025-01-01', 10),
    o('A', '2025-01-01T18:00:00', 5), // same day: merged into the first purchase
    o('A', '2025-01-08', 20),
    o('A', '2025-01-15', 30),
    o('A', '2025-01-15', 10), // same day: the repeat transaction is worth 40
    o('A', '2025-01-20', -40), // refund: not a transaction
    o('A', '2025-02-05', 25), // holdout
    o('A', '2025-02-05', 5), // same holdout day
    o('A', '2025-02-12', 25), // holdout
    o('B', '2025-01-29', 0), // a purchase worth 0
    o('C', '2025-02-03', 50), // first purchase after the calibration end
    o('D', '2025-03-01', 50), // after the holdout end
  ];
  const summary = summarizeOrderLog(orders, { calibrationEnd: '2025-01-29', holdoutEnd: '2025-02-26' });
  const byId = new Map(summary.customers.map((c) => [c.customerId, c]));

  it('counts repeat purchase days and measures time in weeks from the first purchase', () => {
    // A: purchases on Jan 1, 8, 15 → x = 2, t_x = 14 days = 2 weeks, T = 28 days = 4 weeks,
    // repeat transactions worth 20 and 40 → m̄ = 30; holdout days Feb 5 and 12 → 2.
    expect(byId.get('A')).toMatchObject({ x: 2, tx: 2, T: 4, monetary: 30, holdoutPurchases: 2, firstPurchase: '2025-01-01' });
    // B bought on the calibration end day: T = 0.
    expect(byId.get('B')).toMatchObject({ x: 0, tx: 0, T: 0, monetary: 0, holdoutPurchases: 0 });
    expect(summary.customers.length).toBe(2);
    expect(summary.repeatCustomers).toBe(1);
  });

  it('records purchases by day for the tracking chart', () => {
    expect(summary.timeline.firstPurchases.get(summary.timeline.firstDay)).toBe(1);
    expect([...summary.timeline.repeatPurchases.values()].reduce((s, v) => s + v, 0)).toBe(4);
  });

  it('reports what it left out', () => {
    expect(summary.warnings).toEqual([
      { code: 'refundRows', count: 1 },
      { code: 'zeroRevenueRows', count: 1 },
      { code: 'futureOrders', count: 1 },
      { code: 'singlePurchaseCustomers', count: 1 },
      { code: 'customersAfterCalibration', count: 1 },
      { code: 'fewRepeatCustomers', count: 1 },
    ]);
    expect(() => summarizeOrderLog(orders, { calibrationEnd: '2025-01-29', holdoutEnd: '2025-01-01' })).toThrow(RangeError);
  });

  it('agrees with the simulator’s own summaries of the same customers', () => {
    const options = { calibrationDays: 200, acquisitionDays: 100, holdoutDays: 50, startDate: '2024-01-01' };
    const params = { r: 0.8, alpha: 6, a: 0.7, b: 3 };
    const simulated = simulateBgNbdCustomers(400, params, 8, options);
    const fromOrders = summarizeOrderLog(simulateOrderRows(400, params, 8, options), { calibrationEnd: '2024-07-19', holdoutEnd: '2024-09-07' });
    const byCustomer = new Map(fromOrders.customers.map((c) => [c.customerId, c]));
    for (const s of simulated) {
      const c = byCustomer.get(s.customerId);
      expect(c).toMatchObject({ x: s.x, T: s.T, holdoutPurchases: s.holdoutPurchases, firstPurchase: s.firstPurchase });
      expect(c?.tx).toBeCloseTo(s.tx, 12);
      expect(c?.monetary).toBeCloseTo(s.monetary, 1);
    }
  });

  it('flags a log whose purchases all fall on one day', () => {
    const oneDay = summarizeOrderLog([o('A', '2025-01-01', 5), o('B', '2025-01-01', 7)], { calibrationEnd: '2025-01-31' });
    expect(oneDay.warnings.map((w) => w.code)).toEqual(['singlePurchaseCustomers', 'allOrdersOneDay', 'noRepeatCustomers']);
  });
});
