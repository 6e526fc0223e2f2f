import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '@shared/datasets.js';
import { dataEnd } from './data-end.js';

describe('dataEnd', () => {
  const dataset = (kind: DatasetSummary['kind'], columns: { role: string; max?: string | number }[]): DatasetSummary =>
    ({ kind, quality: { columns: columns.map((c) => ({ header: c.role, filled: 1, empty: 0, issues: 0, ...c })) } }) as unknown as DatasetSummary;

  it('takes the latest date of spend, orders and journeys, ignoring reviews and non-date columns', () => {
    const datasets = [
      dataset('spend', [{ role: 'date', max: '2025-11-30' }, { role: 'spend', max: 900 }]),
      dataset('orders', [{ role: 'date', max: '2025-12-31T23:17:40' }]),
      dataset('reviews', [{ role: 'date', max: '2026-02-01' }]),
      dataset('touchpoints', [{ role: 'timestamp', max: '2025-12-30T10:00:00' }]),
    ];
    expect(dataEnd(datasets)).toBe('2025-12-31');
  });

  it('is null without dated data', () => {
    expect(dataEnd([])).toBeNull();
    expect(dataEnd([dataset('customers', [{ role: 'signup_date', max: '2025-01-01' }])])).toBeNull();
  });
});
