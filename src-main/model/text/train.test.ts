import { describe, expect, it } from 'vitest';
import { fitLogistic } from './train.js';
import type { TrainingExample } from './train.js';

const hit = (feature: string, value = 1) => ({ feature, value, term: feature, clause: 0 });
const examples: TrainingExample[] = [];
for (let i = 0; i < 200; i++) {
  examples.push({ hits: [hit('good'), hit(i % 3 === 0 ? 'noise' : 'other')], target: 1 });
  examples.push({ hits: [hit('bad'), hit(i % 3 === 0 ? 'noise' : 'other')], target: 0 });
}
const options = { epochs: 5, learningRate: 0.2, l2: 1, seed: 7 };

describe('fitLogistic', () => {
  it('learns the sign of separating features and ignores balanced ones', () => {
    const w = fitLogistic(examples, options);
    expect(w.get('good')).toBeGreaterThan(1);
    expect(w.get('bad')).toBeLessThan(-1);
    expect(Math.abs(w.get('noise') ?? 0)).toBeLessThan(0.3);
  });

  it('gives the same weights for the same seed, bit for bit', () => {
    expect([...fitLogistic(examples, options)]).toEqual([...fitLogistic(examples, options)]);
  });

  it('keeps frozen features at their prior and pulls toward the prior', () => {
    const w = fitLogistic(examples, { ...options, prior: { good: 5 }, frozen: new Set(['good']) });
    expect(w.get('good')).toBe(5);
  });
});
