/** Thin or degenerate data gets a verdict, not a normal-looking CLV (issue 14 finding 9). */
import { describe, expect, it } from 'vitest';
import { analyzeLifetimeValue } from './ltv.js';
import type { OrderRow } from './order-log.js';

const day = (offset: number): string => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

describe('LTV reliability', () => {
  it('calls a fit whose parameters run off to the edge not reliable (every customer alike: no heterogeneity to estimate)', () => {
    // 200 customers over 3 months, each buying every week for the same 100: Gamma-Gamma's
    // spread of spend has nothing to estimate, and its parameters run away.
    const orders: OrderRow[] = [];
    for (let c = 0; c < 200; c++) for (let w = 0; w < 13; w++) orders.push({ customerId: `c${c}`, date: day((c % 7) + w * 7), revenue: 100 });
    const r = analyzeLifetimeValue(orders, { calibrationEnd: day(91) });
    expect(r.reliability.verdict).toBe('notReliable');
    expect(r.reliability.problems.map((p) => p.code)).toContain('parameterAtEdge');
    // Only 13 weeks of history: thin before any fitting.
    expect(r.reliability.checks.find((c) => c.code === 'historyWeeks')).toMatchObject({ verdict: 'thin' });
  });

  it('refuses to fit three customers, and says what it lacks', () => {
    const orders: OrderRow[] = [
      { customerId: 'a', date: '2025-01-01', revenue: 10 },
      { customerId: 'a', date: '2025-02-01', revenue: 12 },
      { customerId: 'b', date: '2025-01-05', revenue: 30 },
      { customerId: 'c', date: '2025-03-01', revenue: 5 },
    ];
    const r = analyzeLifetimeValue(orders, { calibrationEnd: '2025-03-31' });
    expect(r.reliability.verdict).toBe('refused');
    expect(r.bgnbd).toBeNull();
    expect(r.values).toEqual([]);
    expect(r.reliability.checks.find((c) => c.code === 'customers')).toMatchObject({ have: 3, verdict: 'refused' });
  });
});
