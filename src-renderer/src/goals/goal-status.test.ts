import { describe, expect, it } from 'vitest';
import { goalStatus } from './goal-status.js';

describe('goalStatus', () => {
  const goal = { current: 10, progress: 0.4, periodStart: '2025-10-01', periodEnd: '2025-12-31' };
  it('calls a goal whose period the data already covers ended, not in progress (issue 14 finding 10)', () => {
    expect(goalStatus({ ...goal, asOf: '2025-12-31' })).toBe('ended');
    expect(goalStatus({ ...goal, asOf: '2026-02-01' })).toBe('ended');
    expect(goalStatus({ ...goal, asOf: '2025-11-15' })).toBe('inProgress');
    expect(goalStatus({ ...goal, progress: 1, asOf: '2026-02-01' })).toBe('achieved');
    expect(goalStatus({ ...goal, current: null, asOf: '2026-02-01' })).toBe('noData');
  });
});
