import { describe, expect, it } from 'vitest';
import { mulberry32, sampleNormal } from '../random.js';
import { buildDesign } from './design.js';
import { fitMmm } from './fit.js';
import { withPriorsDrawn } from './posterior-draw.js';
import { columnVariance } from './regression.js';
import { mediaColumn } from './search.js';
import { halfSaturationLevel, mediaResponse } from './transform.js';

/**
 * The demo's structure, reduced: every channel follows one festival calendar with a few
 * per cent of its own weekly noise, so spends correlate ≈ 0.98 and only the channels'
 * total is measured. True ROAS 0.3 to 2.5.
 */
function oneCalendarWorld(seed: number) {
  const random = mulberry32(seed);
  const weeks = 52;
  const calendar = Array.from({ length: weeks }, (_, t) => 1 + 0.5 * Math.sin((2 * Math.PI * t) / 13) + (t % 26 === 20 ? 1.5 : 0));
  const truths = [
    { name: 'a', level: 6_000, roas: 0.3, decay: 0.2, halfSaturationRatio: 1, shape: 1 },
    { name: 'b', level: 3_000, roas: 1, decay: 0.4, halfSaturationRatio: 1.2, shape: 1 },
    { name: 'c', level: 2_000, roas: 1.5, decay: 0.3, halfSaturationRatio: 1, shape: 1.5 },
    { name: 'd', level: 800, roas: 2, decay: 0.1, halfSaturationRatio: 1.5, shape: 1 },
  ];
  const spends = truths.map((c) => Float64Array.from(calendar, (m) => c.level * m * Math.exp(0.05 * sampleNormal(random))));
  const contributions = truths.map((c, i) => {
    const response = mediaResponse(spends[i], c.decay, halfSaturationLevel(spends[i], c), c.shape);
    const beta = (c.roas * spends[i].reduce((a, v) => a + v, 0)) / response.reduce((a, v) => a + v, 0);
    return Array.from(response, (r) => r * beta);
  });
  const media = contributions.reduce((s, series) => s + series.reduce((a, v) => a + v, 0), 0) / weeks;
  const kpi = Array.from({ length: weeks }, (_, t) => 1.5 * media + contributions.reduce((s, series) => s + series[t], 0) + 0.03 * 2.5 * media * sampleNormal(random));
  return { data: { kpi, channels: truths.map((c, i) => ({ name: c.name, spend: spends[i] })) }, truths };
}

describe('intervals where only the channels’ total is measured', () => {
  // A 90 % interval should hold the truth about nine times in ten here too; with the priors
  // held fixed in every replicate it held it in 21 of 40 channel-worlds (38 now).
  it('hold the true ROAS in most channel-worlds (the priors’ own spread enters each replicate)', () => {
    let held = 0;
    let count = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const world = oneCalendarWorld(seed);
      const outcome = fitMmm(world.data, { seed: 1, bootstrap: 100 });
      if (outcome.status !== 'fitted') throw new Error('expected a fit');
      outcome.result.channels.forEach((c, i) => {
        count++;
        if (c.roasInterval.low <= world.truths[i].roas && world.truths[i].roas <= c.roasInterval.high) held++;
      });
    }
    expect(held / count).toBeGreaterThanOrEqual(0.8);
  });
});

describe('withPriorsDrawn', () => {
  const world = oneCalendarWorld(4);
  const design = buildDesign(world.data, false);
  const media = design.spend.map((s) => mediaColumn(s, { decay: 0.3, halfSaturationRatio: 1, shape: 1 }));
  const prior = { source: 'liftTest' as const, channel: 1, columnSum: 10, target: 2, weight: 4, sd: 0.25 };
  const pooled = { source: 'pooledRoas' as const, channel: 2, columnSum: 8, target: 1, weight: 0.01, sd: 0.5 };
  const spec = { design, media, lambda: 0.1, priors: [prior, pooled] };

  it('draws the ridge centres from the ridge’s prior N(0, σ² / (λ·N·var)) and prior targets from N(target, sd²)', () => {
    const random = mulberry32(9);
    const sigma = 0.05;
    const draws = Array.from({ length: 4_000 }, () => withPriorsDrawn(spec, sigma, random));
    const f = design.fixed.length;
    const sdOf = (xs: number[]) => Math.sqrt(xs.reduce((a, x) => a + x * x, 0) / xs.length);
    // Intercept and trend carry no ridge: their centre stays at zero.
    for (let j = 0; j < f; j++) expect(draws.every((d) => d.ridgeCentre![j] === 0)).toBe(true);
    media.forEach((column, c) => {
      const expected = sigma / Math.sqrt(spec.lambda * design.n * columnVariance(column, design.n));
      expect(sdOf(draws.map((d) => d.ridgeCentre![f + c])) / expected).toBeCloseTo(1, 1);
    });
    const targets = draws.map((d) => d.priors![0].target - prior.target);
    expect(sdOf(targets) / prior.sd).toBeCloseTo(1, 1);
    // The pooled-ROAS prior's spread varies by replicate; its weight follows its sd.
    const pooledSds = draws.map((d) => d.priors![1].sd / pooled.sd);
    expect(Math.min(...pooledSds)).toBeLessThan(0.5);
    expect(Math.max(...pooledSds)).toBeGreaterThan(2);
    for (const d of draws) expect(d.priors![1].weight * d.priors![1].sd ** 2).toBeCloseTo(pooled.weight * pooled.sd ** 2, 12);
    // The spec it was given is left as it was.
    expect(spec.priors[0].target).toBe(2);
  });
});
