import { describe, expect, it } from 'vitest';
import type { OrderRow } from './order-log.js';
import { computeRfm } from './rfm.js';
import { chineseSegment, englishSegment, fmScore } from './rfm-segments.js';

const o = (customerId: string | null, date: string, revenue: number, orderId?: string): OrderRow => ({ customerId, date, revenue, orderId });

describe('RFM segment maps', () => {
  it('FM is the mean of F and M rounded half up', () => {
    expect(fmScore(1, 2)).toBe(2);
    expect(fmScore(4, 5)).toBe(5);
    expect(fmScore(3, 3)).toBe(3);
  });

  it('follows the documented R × FM grid', () => {
    expect(englishSegment(5, 5, 5)).toBe('champions');
    expect(englishSegment(4, 4, 4)).toBe('loyalCustomers');
    expect(englishSegment(5, 2, 3)).toBe('potentialLoyalists');
    expect(englishSegment(5, 1, 1)).toBe('newCustomers');
    expect(englishSegment(4, 1, 1)).toBe('promising');
    expect(englishSegment(3, 3, 3)).toBe('needAttention');
    expect(englishSegment(3, 1, 2)).toBe('aboutToSleep');
    expect(englishSegment(2, 4, 3)).toBe('atRisk');
    expect(englishSegment(1, 5, 5)).toBe('cantLoseThem');
    expect(englishSegment(2, 1, 1)).toBe('hibernating');
    expect(englishSegment(1, 1, 1)).toBe('lost');
  });

  it('splits the Chinese map at score ≥ 3 or above the mean score', () => {
    const means = { r: 3.4, f: 2.2, m: 3 };
    expect(chineseSegment(5, 5, 5, 'scoreAtLeast3', means)).toBe('importantValue');
    expect(chineseSegment(3, 2, 4, 'scoreAtLeast3', means)).toBe('importantDevelop');
    expect(chineseSegment(1, 3, 3, 'scoreAtLeast3', means)).toBe('importantKeep');
    expect(chineseSegment(2, 1, 5, 'scoreAtLeast3', means)).toBe('importantRetain');
    expect(chineseSegment(4, 4, 1, 'scoreAtLeast3', means)).toBe('generalValue');
    expect(chineseSegment(3, 1, 2, 'scoreAtLeast3', means)).toBe('generalDevelop');
    expect(chineseSegment(2, 5, 2, 'scoreAtLeast3', means)).toBe('generalKeep');
    expect(chineseSegment(1, 1, 1, 'scoreAtLeast3', means)).toBe('generalRetain');
    // R = 3 is not above the mean 3.4; F = 3 is above 2.2; M = 3 is not above 3.
    expect(chineseSegment(3, 3, 3, 'aboveMeanScore', means)).toBe('generalKeep');
  });
});

describe('computeRfm', () => {
  // Hand-built log, as of 2025-03-31. Expected values worked out by hand below.
  const orders: OrderRow[] = [
    o('A', '2025-03-30', 100), // A: last 1 day ago
    o('A', '2025-03-01T10:00:00', 50),
    o('A', '2025-03-01T10:00:00', 25), // same date-time: a second line of one order
    o('B', '2025-01-31', 40, 'b1'),
    o('B', '2025-01-31', 60, 'b2'), // same day, distinct order ids: two orders
    o('B', '2025-02-10', -30), // refund: netted into M, not an order, not recency
    o('C', '2024-12-31', 500),
    o('D', '2025-03-31', 0), // zero revenue: a purchase worth nothing
    o('E', '2025-02-01', -20), // only a refund: no purchase
    o('F', '2025-04-02', 80), // after the as-of date
    o(null, '2025-03-01', 10),
    o('G', '2025-13-01', 10),
    o('H', '2025-03-01', Number.NaN),
  ];
  const result = computeRfm(orders, { asOf: '2025-03-31' });
  const byId = new Map(result.customers.map((c) => [c.customerId, c]));

  it('computes R, F and M by the documented rules', () => {
    expect(result.customers.map((c) => c.customerId).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(byId.get('A')).toMatchObject({ recencyDays: 1, frequency: 2, monetary: 175 });
    expect(byId.get('B')).toMatchObject({ recencyDays: 59, frequency: 2, monetary: 70, lastPurchase: '2025-01-31' });
    expect(byId.get('C')).toMatchObject({ recencyDays: 90, frequency: 1, monetary: 500 });
    expect(byId.get('D')).toMatchObject({ recencyDays: 0, frequency: 1, monetary: 0 });
  });

  it('scores R and M by average-rank quintiles, F with one-time buyers at 1', () => {
    // R (fewer days better): D 0 → rank 4 → 5; A 1 → 4; B 59 → 3; C 90 → 1 → ⌈5/4⌉ = 2.
    // F: C, D bought once → 1; A, B tie among the repeat buyers (1.5 of 2 → ⌈4·1.5/2⌉ = 3) → 3 + 1 = 4.
    // M: D 0 → 2; B 70 → 3; A 175 → 4; C 500 → 5.
    expect(['A', 'B', 'C', 'D'].map((id) => [byId.get(id)?.r, byId.get(id)?.f, byId.get(id)?.m])).toEqual([
      [4, 4, 4],
      [3, 4, 3],
      [2, 1, 5],
      [5, 1, 2],
    ]);
    expect(byId.get('A')?.segment).toBe('loyalCustomers'); // R 4, FM ⌊(4+4+1)/2⌋ = 4
    expect(byId.get('C')?.segment).toBe('atRisk'); // R 2, FM ⌊(1+5+1)/2⌋ = 3
    expect(byId.get('D')?.segment).toBe('potentialLoyalists'); // R 5, FM ⌊(1+2+1)/2⌋ = 2
  });

  it('summarises segments with revenue shares and bilingual actions', () => {
    const loyal = result.segments.find((s) => s.segment === 'loyalCustomers');
    // A (R 4, FM 4) and B (R 3, FM ⌊(4+3+1)/2⌋ = 4) are both loyal: 175 + 70 of 745.
    expect(loyal).toMatchObject({ customers: 2, revenue: 245, action: 'upsell' });
    expect(loyal?.revenueShare).toBeCloseTo(245 / 745, 12);
    expect(loyal?.label.zh).toBe('忠诚客户');
    expect(result.segments.find((s) => s.segment === 'champions')).toMatchObject({ customers: 0, revenueShare: 0 });
    expect(result.segments.length).toBe(11);
    expect(result.segmentsZh.length).toBe(8);
    expect(result.segmentsZh.reduce((s, g) => s + g.customers, 0)).toBe(4);
  });

  it('reports refunds and bad rows instead of failing', () => {
    expect(result.refunds).toEqual({ rows: 2, amount: -50 });
    expect(result.warnings).toEqual([
      { code: 'missingCustomerId', count: 1 },
      { code: 'invalidDate', count: 1 },
      { code: 'invalidRevenue', count: 1 },
      { code: 'refundRows', count: 2 },
      { code: 'zeroRevenueRows', count: 1 },
      { code: 'futureOrders', count: 1 },
      { code: 'customersWithoutPurchases', count: 1 },
      { code: 'singlePurchaseCustomers', count: 2 },
    ]);
  });

  it('defaults the as-of date to the last order and survives empty or one-day logs', () => {
    expect(computeRfm([o('A', '2025-01-05', 10), o('B', '2025-01-07', 5)]).asOf).toBe('2025-01-07');
    const empty = computeRfm([]);
    expect(empty.customers).toEqual([]);
    expect(empty.segments.every((s) => s.customers === 0 && s.revenueShare === 0)).toBe(true);
    const oneDay = computeRfm([o('A', '2025-01-05', 10), o('B', '2025-01-05', 5)]);
    expect(oneDay.warnings.map((w) => w.code)).toContain('allOrdersOneDay');
  });
});
