import { describe, expect, it } from 'vitest';
import { recoverWorld, recoveryFigures } from '../helpers/mmm-recovery.js';

// A fixed sample of six worlds (the full ≥ 50 run in mmm-recovery.fuzz.test.ts, `npm run test:robustness`).
describe('MMM parameter recovery, fixed sample', () => {
  const outcomes = [1, 2, 4, 8, 10, 14].map((seed) => recoverWorld(seed, 60));
  const figures = recoveryFigures(outcomes);

  it('flags the worlds whose channels cannot be told apart or whose history is thin', () => {
    expect(outcomes.filter((o) => o.correlated).length).toBeGreaterThan(0);
    expect(figures.correlatedFlagged).toBe(1);
    expect(figures.thinFlagged).toBe(1);
  });

  it('reports intervals and errors for every channel of every world', () => {
    for (const o of outcomes) {
      expect(o.errors).toHaveLength(o.channels);
      for (const e of o.errors) expect(Number.isFinite(e)).toBe(true);
    }
    console.info('MMM recovery sample', JSON.stringify(figures));
  });
});
