import { describe, expect, it } from 'vitest';
import { goalInputSchema } from './goals.js';

const goal = { type: 'cac' as const, target: 50, periodStart: '2025-10-01', periodEnd: '2025-12-31' };

describe('goalInputSchema', () => {
  it('refuses a negative or zero CAC target, a negative revenue, and an ROI below −100 % (issue 14 finding 10)', () => {
    expect(goalInputSchema.safeParse(goal).success).toBe(true);
    expect(goalInputSchema.safeParse({ ...goal, target: -5 }).success).toBe(false);
    expect(goalInputSchema.safeParse({ ...goal, target: 0 }).success).toBe(false);
    expect(goalInputSchema.safeParse({ ...goal, type: 'revenue', target: -1 }).success).toBe(false);
    expect(goalInputSchema.safeParse({ ...goal, type: 'roi', target: -0.2 }).success).toBe(true);
    expect(goalInputSchema.safeParse({ ...goal, type: 'roi', target: -1.5 }).success).toBe(false);
  });

  it('refuses a period that ends before it starts', () => {
    expect(goalInputSchema.safeParse({ ...goal, periodStart: '2025-12-31', periodEnd: '2025-10-01' }).success).toBe(false);
  });
});
