import { describe, expect, it } from 'vitest';
import { geometricAdstock, geometricSteadyGain, weibullAdstock, weibullLagWeights } from './adstock.js';
import { hill, hillDerivative, hillInflection } from './hill.js';
import { halfSaturationLevel, mediaResponse } from './transform.js';

describe('geometric adstock', () => {
  it('carries a pulse forward by the decay, hand-computed', () => {
    expect(Array.from(geometricAdstock([100, 0, 0, 50], 0.5))).toEqual([100, 50, 25, 62.5]);
  });
  it('is the identity at decay 0 and settles at s / (1 − θ)', () => {
    expect(Array.from(geometricAdstock([3, 1, 4], 0))).toEqual([3, 1, 4]);
    const steady = geometricAdstock(new Array(200).fill(10), 0.6);
    expect(steady[199]).toBeCloseTo(10 * geometricSteadyGain(0.6), 9);
  });
  it('refuses a decay outside [0, 1)', () => {
    expect(() => geometricAdstock([1], 1)).toThrow(RangeError);
    expect(() => geometricAdstock([1], -0.1)).toThrow(RangeError);
  });
});

describe('weibull adstock', () => {
  it('delays the peak for shape > 1 and decays at once for shape ≤ 1', () => {
    const delayed = weibullLagWeights(3, 0.5, 6);
    const peakLag = delayed.indexOf(Math.max(...delayed));
    expect(peakLag).toBeGreaterThan(0);
    const immediate = weibullLagWeights(0.8, 0.3, 6);
    expect(immediate[0]).toBe(1);
    for (let i = 1; i < 6; i++) expect(immediate[i]).toBeLessThan(immediate[i - 1]);
  });
  it('convolves spend with the lag weights, hand-computed', () => {
    const w = weibullLagWeights(2, 0.5, 3);
    // λ = 1.5: density ∝ x·exp(−x²) at x = 1/1.5, 2/1.5, 3/1.5, scaled by its max.
    const raw = [1, 2, 3].map((l) => (l / 1.5) * Math.exp(-((l / 1.5) ** 2)));
    const max = Math.max(...raw);
    raw.forEach((r, i) => expect(w[i]).toBeCloseTo(r / max, 12));
    const out = weibullAdstock([10, 0, 5, 0], 2, 0.5, 3);
    expect(out[0]).toBeCloseTo(10 * w[0], 12);
    expect(out[2]).toBeCloseTo(10 * w[2] + 5 * w[0], 12);
    expect(out[3]).toBeCloseTo(5 * w[1], 12);
  });
});

describe('hill saturation', () => {
  it('is a half at K and matches x^S / (x^S + K^S)', () => {
    expect(hill(2, 2, 1)).toBe(0.5);
    expect(hill(2, 2, 3)).toBe(0.5);
    expect(hill(1, 2, 2)).toBeCloseTo(1 / 5, 15);
    expect(hill(0, 2, 2)).toBe(0);
  });
  it('has the analytic derivative', () => {
    for (const [x, k, s] of [[1, 2, 2], [3, 2, 0.7], [0.4, 1, 3]]) {
      const h = 1e-6;
      const numeric = (hill(x + h, k, s) - hill(x - h, k, s)) / (2 * h);
      expect(hillDerivative(x, k, s)).toBeCloseTo(numeric, 6);
    }
  });
  it('puts the inflection where the second derivative changes sign', () => {
    const k = 2;
    const s = 3;
    const x = hillInflection(k, s);
    const d = (u: number) => hillDerivative(u, k, s);
    expect(d(x)).toBeGreaterThan(d(x * 0.9));
    expect(d(x)).toBeGreaterThan(d(x * 1.1));
    expect(hillInflection(k, 1)).toBe(0);
  });
});

describe('media response = hill(adstock(spend))', () => {
  it('applies adstock before saturation, hand-computed', () => {
    // adstock [2, 1, 0.5]; K = 2, S = 1 → [2/4, 1/3, 0.5/2.5]
    const r = mediaResponse([2, 0, 0], 0.5, 2, 1);
    expect(Array.from(r)).toEqual([0.5, 1 / 3, 0.2]);
    // The reverse order would give hill first: [0.5, 0.25, 0.125], which differs.
    expect(r[1]).not.toBeCloseTo(0.25, 3);
  });
  it('sets K relative to the mean positive adstocked spend', () => {
    expect(halfSaturationLevel([2, 0, 0], { decay: 0.5, halfSaturationRatio: 2, shape: 1 })).toBeCloseTo((2 * 3.5) / 3, 12);
  });
});
