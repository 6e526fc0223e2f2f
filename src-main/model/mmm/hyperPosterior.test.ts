import { describe, expect, it } from 'vitest';
import type { Candidate } from './search.js';
import { candidateWeights, drawCandidate, HALF_SATURATION_PRIOR, hyperPrior, SHAPE_PRIOR } from './search.js';

const candidate = (shape: number, halfSaturationRatio: number, lambda = 0.01): Candidate => ({ hypers: [{ decay: 0.3, halfSaturationRatio, shape }], lambda });

describe('hyper-parameter prior and posterior over the searched grid', () => {
  it('costs nothing at the prior centre and more the steeper or farther the curve', () => {
    expect(hyperPrior(candidate(SHAPE_PRIOR.centre, HALF_SATURATION_PRIOR.centre))).toBeCloseTo(0, 12);
    const steep = hyperPrior(candidate(3, 1));
    expect(steep).toBeGreaterThan(hyperPrior(candidate(2.2, 1)));
    expect(hyperPrior(candidate(1.4, 4))).toBeGreaterThan(hyperPrior(candidate(1.4, 1.5)));
  });

  it('weighs candidates by held-out fit, counts a revisited candidate once and drops hopeless ones', () => {
    const best = candidate(1.5, 1);
    const close = candidate(1, 1);
    const hopeless = candidate(3, 4);
    const visited = [
      { candidate: close, score: 1.02 },
      { candidate: best, score: 1 },
      { candidate: candidate(1, 1), score: 1.02 },
      { candidate: hopeless, score: 10 },
    ];
    const weights = candidateWeights(visited, 40);
    expect(weights.candidates).toEqual([close, best]);
    expect(weights.cumulative[1]).toBeCloseTo(1, 12);
    // The better candidate holds more than half the mass, the close one a real share.
    const closeShare = weights.cumulative[0];
    expect(closeShare).toBeGreaterThan(0.2);
    expect(closeShare).toBeLessThan(0.5);
    expect(drawCandidate(weights, closeShare / 2)).toBe(close);
    expect(drawCandidate(weights, 0.99)).toBe(best);
  });
});
