import { describe, expect, it } from 'vitest';
import { analyzeLifetimeValue } from './ltv.js';
import type { OrderRow } from './order-log.js';
import { analyzeSegments } from './segmentation.js';
import { simulateOrderRows } from './synthetic.js';

/** Every number reachable from `value` is finite (no NaN or ±Infinity reaches a report). */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (ArrayBuffer.isView(value)) return Array.from(value as Float64Array).every(Number.isFinite);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

const o = (customerId: string | null, date: string, revenue: number): OrderRow => ({ customerId, date, revenue });

describe('bad input never crashes or yields NaN', () => {
  const messy: OrderRow[] = [
    ...simulateOrderRows(600, { r: 0.7, alpha: 4, a: 0.8, b: 2.5 }, 4, { calibrationDays: 300, holdoutDays: 120, startDate: '2024-01-01' }),
    o('R1', '2024-03-01', -50),
    o('C1', '2024-03-01', 0),
    o(null, '2024-03-02', 10),
    o('  ', '2024-03-02', 10),
    o('X', 'not a date', 10),
    o('F', '2030-01-01', 99),
  ];

  it('lifetime value reports the bad rows and stays finite', () => {
    const ltv = analyzeLifetimeValue(messy, { calibrationEnd: '2024-10-27', holdoutEnd: '2025-02-24', horizonWeeks: 26 });
    expect(ltv.bgnbd).not.toBeNull();
    expect(ltv.holdout?.holdoutWeeks).toBeCloseTo(120 / 7, 12);
    expect(ltv.values.length).toBe(ltv.customers);
    expect(ltv.values.reduce((s, v) => s + (v.holdoutActual ?? 0), 0)).toBe(ltv.holdout?.actualTotal);
    expect(ltv.values.reduce((s, v) => s + (v.holdoutPredicted ?? 0), 0)).toBeCloseTo(ltv.holdout?.predictedTotal ?? 0, 6);
    expect(allFinite(ltv)).toBe(true);
    const codes = ltv.warnings.map((w) => w.code);
    for (const code of ['missingCustomerId', 'invalidDate', 'refundRows', 'zeroRevenueRows', 'futureOrders', 'customersWithoutPurchases', 'singlePurchaseCustomers']) {
      expect(codes).toContain(code);
    }
    expect(ltv.warnings.find((w) => w.code === 'missingCustomerId')?.count).toBe(2);
  });

  it('refuses k-means on three customers, with the count it lacks (issue 14 finding 9)', () => {
    const three = [o('A', '2025-01-01', 5), o('B', '2025-01-03', 7), o('C', '2025-01-04', 8)];
    const seg = analyzeSegments(three);
    expect(seg.reliability.kmeans).toMatchObject({ verdict: 'refused', checks: [{ code: 'customers', have: 3, refuseBelow: 20 }] });
    expect(seg.kmeans.clusters).toEqual([]);
    expect(seg.reliability.rfm.verdict).toBe('refused');
    expect(seg.rfm.customers).toHaveLength(3);
  });

  it('segmentation reports the same and stays finite', () => {
    const seg = analyzeSegments(messy, { asOf: '2025-02-24', seed: 2 });
    expect(seg.rfm.customers.length).toBe(seg.kmeans.assignments.length);
    expect(allFinite({ ...seg.rfm, customers: seg.rfm.customers.slice(0, 50) })).toBe(true);
    expect(allFinite(seg.kmeans)).toBe(true);
    expect(seg.warnings.map((w) => w.code)).toContain('futureOrders');
  });

  it('degenerate logs: nobody repeats, everything on one day, nothing at all', () => {
    const oneDay = [o('A', '2025-01-01', 5), o('B', '2025-01-01', 7), o('B', '2025-01-01', 3)];
    const ltv = analyzeLifetimeValue(oneDay, { calibrationEnd: '2025-01-31' });
    expect(ltv.bgnbd).toBeNull();
    expect(ltv.values).toEqual([]);
    expect(ltv.warnings.map((w) => w.code)).toEqual(['singlePurchaseCustomers', 'allOrdersOneDay', 'noRepeatCustomers']);
    expect(ltv.flags.map((f) => f.code)).toContain('allOrdersOneDay');
    const seg = analyzeSegments(oneDay);
    // Two customers: k-means is not run on them (clusters of one are not segments).
    expect(seg.kmeans.k).toBe(0);
    expect(seg.reliability.kmeans.verdict).toBe('refused');
    expect(seg.warnings.map((w) => w.code)).toContain('allOrdersOneDay');
    expect(allFinite(seg)).toBe(true);
    const empty = analyzeLifetimeValue([], { calibrationEnd: '2025-01-31' });
    expect(empty.customers).toBe(0);
    expect(allFinite(empty)).toBe(true);
    expect(allFinite(analyzeSegments([]))).toBe(true);
  });

  it('lifetime value of three customers is refused, with the flags that say why (issue 14: no fit on 3 customers)', () => {
    const few = [o('A', '2025-01-01', 5), o('A', '2025-01-09', 6), o('B', '2025-01-03', 7), o('C', '2025-01-04', 8), o('C', '2025-01-20', 9)];
    const ltv = analyzeLifetimeValue(few, { calibrationEnd: '2025-01-31', horizonWeeks: 8 });
    expect(ltv.bgnbd).toBeNull();
    expect(ltv.reliability.verdict).toBe('refused');
    expect(ltv.flags.map((f) => f.code)).toEqual(['fewRepeatCustomers', 'fewCustomers', 'historyShorterThanHorizon']);
    expect(allFinite(ltv)).toBe(true);
  });
});
