import { describe, expect, it } from 'vitest';
import { formatKpiChange } from './kpi-change.js';

const en = (v: number, d = 0): string => v.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
const pp = (s: string): string => `${s} pp`;

describe('formatKpiChange', () => {
  it('shows a rate change in percentage points, not as a relative change of a percentage', () => {
    // ROI 211.8 % → 424 %: the relative change is +100.1 %, the honest reading +212.2 pp.
    expect(formatKpiChange('percent', { value: 4.24, previous: 2.118, change: 4.24 / 2.118 - 1 }, en, pp)).toBe('+212.2 pp');
    expect(formatKpiChange('percent', { value: 0.2, previous: 0.25, change: -0.2 }, en, pp)).toBe('−5.0 pp');
    expect(formatKpiChange('percent', { value: 0.2, previous: null, change: null }, en, pp)).toBe('—');
  });

  it('keeps relative changes for money and counts', () => {
    expect(formatKpiChange('money', { value: 110, previous: 100, change: 0.1 }, en, pp)).toBe('+10.0%');
  });
});
