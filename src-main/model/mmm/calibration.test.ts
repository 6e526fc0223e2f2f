import { describe, expect, it } from 'vitest';
import { fitMmm } from './fit.js';
import type { MmmResult } from './fit.js';
import { simulateMmmWorld } from './synthetic.js';
import { mediaColumn } from './search.js';

function fitted(outcome: ReturnType<typeof fitMmm>): MmmResult {
  if (outcome.status !== 'fitted') throw new Error('expected a fit');
  return outcome.result;
}

function firstMisEstimatedWorld(error: number) {
  for (let seed = 11; seed < 41; seed++) {
    const world = simulateMmmWorld({ seed, weeks: 104, channels: 3, noise: 0.06, correlated: 2 });
    const plain = fitted(fitMmm(world.data, { seed: 3, bootstrap: 40 }));
    const errors = plain.channels.map((c, i) => Math.abs(c.roas - world.truth.channels[i].roas) / world.truth.channels[i].roas);
    if (Math.max(...errors) > error) return { world, plain, errors };
  }
  throw new Error(`no world among seeds 11–40 has a channel more than ${error * 100} % off: the lift test has nothing to correct`);
}

describe('calibration with lift tests', () => {
  // Two channels driven by one plan (spend correlation ≈ 0.9): the data cannot split them
  // well. A lift test earns its keep where the model is off, so the test takes the first such
  // world (a channel more than 20 % off) rather than a seed fixed for an older estimator: a
  // better estimator must not turn this into a test of nothing.
  const { world, plain, errors } = firstMisEstimatedWorld(0.2);
  const worst = errors.indexOf(Math.max(...errors));
  const truth = world.truth.channels[worst];

  it('pulls a mis-estimated channel toward the truth and reports how far it moved', () => {
    // The true incremental revenue of the worst channel over 12 weeks, measured ±10 %.
    const column = mediaColumn(Float64Array.from(world.data.channels[worst].spend), truth);
    let measured = 0;
    for (let t = 40; t <= 51; t++) measured += truth.beta * column[t];
    const liftTests = [{ channel: truth.name, fromWeek: 40, toWeek: 51, incrementalRevenue: measured, low: measured * 0.9, high: measured * 1.1 }];
    const calibrated = fitted(fitMmm(world.data, { seed: 3, bootstrap: 40, liftTests }));
    const before = Math.abs(plain.channels[worst].roas - truth.roas);
    const after = Math.abs(calibrated.channels[worst].roas - truth.roas);
    expect(errors[worst]).toBeGreaterThan(0.2);
    expect(after).toBeLessThan(before * 0.5);
    const effect = calibrated.calibration![0];
    expect(effect.channel).toBe(truth.name);
    expect(effect.roasWithout).toBeCloseTo(plain.channels[worst].roas, 9);
    expect(effect.roasWith).toBe(calibrated.channels[worst].roas);
    expect(Math.abs(effect.periodContributionWith - measured)).toBeLessThan(Math.abs(effect.periodContributionWithout - measured));
  });

  it('lets a wide interval move the answer less than a narrow one', () => {
    const column = mediaColumn(Float64Array.from(world.data.channels[worst].spend), truth);
    let measured = 0;
    for (let t = 40; t <= 51; t++) measured += truth.beta * column[t];
    const fitWith = (width: number) =>
      fitted(fitMmm(world.data, { seed: 3, bootstrap: 10, liftTests: [{ channel: truth.name, fromWeek: 40, toWeek: 51, incrementalRevenue: measured, low: measured * (1 - width), high: measured * (1 + width) }] }));
    const narrow = fitWith(0.05).calibration![0];
    const wide = fitWith(2).calibration![0];
    expect(Math.abs(wide.roasWith - wide.roasWithout)).toBeLessThan(Math.abs(narrow.roasWith - narrow.roasWithout));
  });
});
