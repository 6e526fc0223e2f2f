import { describe, expect, it } from 'vitest';
import { computeCohorts } from './cohorts.js';
import type { OrderRow } from './order-log.js';

const o = (customerId: string, date: string, revenue: number): OrderRow => ({ customerId, date, revenue });

describe('computeCohorts', () => {
  const orders = [
    o('A', '2025-01-05', 10),
    o('A', '2025-01-20', 5),
    o('A', '2025-03-02', 7),
    o('B', '2025-01-31', 20),
    o('B', '2025-02-01', 30),
    o('B', '2025-02-15', -10), // refund: revenue only
    o('C', '2025-02-10', 40),
    o('C', '2025-03-10', 15),
    o('D', '2025-03-31', 9),
    o('E', '2025-02-01', -5), // refunds only: no cohort
  ];
  const result = computeCohorts(orders, { asOf: '2025-03-31' });

  it('builds the retention triangle by acquisition month', () => {
    expect(result.lastMonth).toBe('2025-03');
    expect(result.maxOffset).toBe(2);
    expect(result.cohorts.map((c) => [c.cohort, c.customers])).toEqual([
      ['2025-01', 2],
      ['2025-02', 1],
      ['2025-03', 1],
    ]);
    // January: both active in month 0; B in February; A in March.
    expect(result.cohorts[0].activeCustomers).toEqual([2, 1, 1]);
    expect(result.cohorts[0].retention).toEqual([1, 0.5, 0.5]);
    expect(result.cohorts[1].retention).toEqual([1, 1, null]);
    expect(result.cohorts[2].retention).toEqual([1, null, null]);
  });

  it('adds net revenue per cohort and month', () => {
    expect(result.cohorts[0].revenue).toEqual([35, 20, 7]);
    expect(result.cohorts[1].revenue).toEqual([40, 15, null]);
    expect(result.warnings).toEqual([
      { code: 'refundRows', count: 2 },
      { code: 'customersWithoutPurchases', count: 1 },
    ]);
  });

  it('handles an empty log', () => {
    expect(computeCohorts([]).cohorts).toEqual([]);
  });
});
