import { describe, expect, it } from 'vitest';
import { longSuite } from '../helpers/fuzz-runs.js';
import type { RecoveryFigures } from '../helpers/mmm-recovery.js';
import { recoverWorld, recoveryFigures } from '../helpers/mmm-recovery.js';

// The recovery study over ≥ 50 seeded worlds: only in `npm run test:robustness` (≈ 1 min).
// 120 worlds, so that the few where the lowest channel is clear are enough to measure.
describe.runIf(longSuite)('MMM parameter recovery over 120 worlds', () => {
  let figures: RecoveryFigures;
  it('runs every world and prints the figures', () => {
    const outcomes = Array.from({ length: 120 }, (_, i) => recoverWorld(i + 1, 100));
    figures = recoveryFigures(outcomes);
    console.info('MMM recovery', JSON.stringify(figures), 'slowest world s', Math.max(...outcomes.map((o) => o.seconds)).toFixed(2));
    expect(figures.worlds).toBe(120);
  });

  it('flags the correlated and the thin worlds', () => {
    expect(figures.correlatedFlagged).toBeGreaterThanOrEqual(0.9);
    expect(figures.thinFlagged).toBeGreaterThanOrEqual(0.9);
  });

  it('puts the true ROAS inside the 90 % interval in 80–95 % of channel-worlds', () => {
    expect(figures.coverage).toBeGreaterThanOrEqual(0.8);
    expect(figures.coverage).toBeLessThanOrEqual(0.95);
  });

  // Known gaps (the note has the numbers): `it.fails` keeps them visible and turns
  // red the day they are met, so the marker gets removed.
  // Median error: 20.7 % over these 120 worlds (20.2 % on seeds 1–60, 21.8 % on 61–120).
  // Most of it is the curve the data cannot pin: with every other channel's curve known,
  // the Bayes estimate of one channel's ROAS still errs by a median 22 %; with every curve
  // known (oracle: least squares on the true media columns) 10.8 %.
  it.fails('has a median absolute ROAS error ≤ 20 % from 104 weeks', () => {
    expect(figures.medianErrorLong).toBeLessThanOrEqual(0.2);
  });
  // Lowest channel: 60 % of these worlds. The oracle that knows every true curve finds it
  // in 88 of the 120 (73 %): in most worlds the two lowest ROAS differ by less than their
  // standard errors, so no estimator reaches 90 % here.
  it.fails('finds the lowest-ROAS channel in ≥ 90 % of worlds', () => {
    expect(figures.lowestFound).toBeGreaterThanOrEqual(0.9);
  });
  // What the product can promise instead: the gate says "which channel earns least is not
  // clear" (lowestUnclear) unless 90 % of the bootstrap replicates agree, and where it does
  // name the lowest channel, that channel is the lowest in ≥ 90 % of worlds (9 of 10 here).
  it('finds the lowest-ROAS channel in ≥ 90 % of the worlds where the gate does not call it unclear', () => {
    expect(figures.lowestClearWorlds).toBeGreaterThanOrEqual(5);
    expect(figures.lowestFoundWhenClear).toBeGreaterThanOrEqual(0.9);
  });
});
