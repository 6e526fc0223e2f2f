import { describe, expect, it } from 'vitest';
import { buildDesign } from './design.js';
import { channelPosteriors, drawChannelHypers, medianRoasOption, penalisedObjectiveFromGram } from './hyper-posterior.js';
import { accumulateGram, allColumns, columnVariances, fitCoefficients, predictAt } from './regression.js';
import type { Candidate } from './search.js';
import { HALF_SATURATION_PRIOR, hyperPrior, SHAPE_PRIOR, specFor } from './search.js';
import { simulateMmmWorld } from './synthetic.js';
import { mulberry32 } from '../random.js';

const candidate = (shape: number, halfSaturationRatio: number, lambda = 0.01): Candidate => ({ hypers: [{ decay: 0.3, halfSaturationRatio, shape }], lambda });

describe('hyper-parameter prior', () => {
  it('costs nothing at the prior centre and more the steeper or farther the curve', () => {
    expect(hyperPrior(candidate(SHAPE_PRIOR.centre, HALF_SATURATION_PRIOR.centre))).toBeCloseTo(0, 12);
    const steep = hyperPrior(candidate(3, 1));
    expect(steep).toBeGreaterThan(hyperPrior(candidate(2.2, 1)));
    expect(hyperPrior(candidate(1.4, 4))).toBeGreaterThan(hyperPrior(candidate(1.4, 1.5)));
  });
});

describe('posterior over each channel curve', () => {
  const world = simulateMmmWorld({ seed: 5, weeks: 104, channels: 3, noise: 0.05 });
  const design = buildDesign(world.data, true);
  const truth: Candidate = { hypers: world.truth.channels.map((c) => ({ decay: c.decay, halfSaturationRatio: c.halfSaturationRatio, shape: c.shape })), lambda: 0.01 };
  const settings = { liftTests: [], sigma: 0 };

  it('computes the penalised objective from the Gram exactly as from the rows', () => {
    const spec = { ...specFor(design, truth, settings), lambda: 0.03 };
    const b = fitCoefficients(spec);
    const columns = allColumns(spec);
    const p = columns.length;
    const g = new Float64Array(p * p);
    const c = new Float64Array(p);
    accumulateGram(columns, design.y, null, 0, design.n, g, c);
    let yty = 0;
    let direct = 0;
    for (let t = 0; t < design.n; t++) {
      yty += design.y[t] ** 2;
      direct += (design.y[t] - predictAt(columns, b, t)) ** 2;
    }
    const variances = columnVariances(columns, design.n);
    for (let j = 2; j < p; j++) direct += 0.03 * design.n * variances[j] * b[j] ** 2;
    expect(penalisedObjectiveFromGram(spec, b, g, c, yty, variances)).toBeCloseTo(direct, 9);
  });

  it('spreads over curves that fit nearly as well, and its median ROAS lies between the extremes', () => {
    const posteriors = channelPosteriors(design, truth, settings, false);
    for (const posterior of posteriors) {
      expect(posterior.cumulative[posterior.cumulative.length - 1]).toBeCloseTo(1, 12);
      // More than one curve keeps a real share: the data do not pin one grid point.
      const weights = posterior.cumulative.map((w, i) => w - (i ? posterior.cumulative[i - 1] : 0));
      expect(Math.max(...weights)).toBeLessThan(0.9);
      const median = medianRoasOption(posterior);
      const roas = posterior.roas[posterior.options.indexOf(median)];
      expect(roas).toBeGreaterThanOrEqual(Math.min(...posterior.roas));
      expect(roas).toBeLessThanOrEqual(Math.max(...posterior.roas));
    }
  });

  it('weighs curves by fit: a wider noise variance flattens the posterior', () => {
    const sharp = channelPosteriors(design, truth, settings, false, 1e-4)[0];
    const flat = channelPosteriors(design, truth, settings, false, 1)[0];
    const top = (p: typeof sharp) => Math.max(...p.cumulative.map((w, i) => w - (i ? p.cumulative[i - 1] : 0)));
    expect(top(flat)).toBeLessThan(top(sharp));
  });

  it('varies only the half-saturation in thin mode, and draws reproducibly from a seed', () => {
    const thin = channelPosteriors(design, truth, settings, true);
    for (const [c, posterior] of thin.entries()) for (const o of posterior.options) expect([o.decay, o.shape]).toEqual([truth.hypers[c].decay, truth.hypers[c].shape]);
    expect(drawChannelHypers(thin, mulberry32(3))).toEqual(drawChannelHypers(thin, mulberry32(3)));
  });
});
