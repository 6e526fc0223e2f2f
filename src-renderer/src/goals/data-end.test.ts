import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '@shared/datasets.js';
import { dataEnd, dataStart } from './data-end.js';

describe('dataEnd', () => {
  const dataset = (kind: DatasetSummary['kind'], columns: { role: string; min?: string | number; max?: string | number }[]): DatasetSummary =>
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

  it('takes the first date the same way', () => {
    const datasets = [
      dataset('spend', [{ role: 'date', min: '2025-03-02', max: '2025-03-29' }, { role: 'spend', min: 1, max: 900 }]),
      dataset('orders', [{ role: 'date', min: '2025-03-05T08:00:00', max: '2025-03-28T23:17:40' }]),
      dataset('reviews', [{ role: 'date', min: '2024-01-01', max: '2026-02-01' }]),
    ];
    expect(dataStart(datasets)).toBe('2025-03-02');
    expect(dataStart([])).toBeNull();
  });

  it('is null without dated data', () => {
    expect(dataEnd([])).toBeNull();
    expect(dataEnd([dataset('customers', [{ role: 'signup_date', max: '2025-01-01' }])])).toBeNull();
  });
});
