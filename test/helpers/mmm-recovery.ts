/**
 * Parameter recovery of the marketing-mix model over seeded simulated worlds (issue 12,
 * "Accuracy"): the figures the issue asks for, computed the same way for the small sample
 * in `npm test` and the ≥ 50 worlds of the robustness suite.
 */
import { fitMmm } from '../../src-main/model/mmm/fit.js';
import { simulateMmmWorld } from '../../src-main/model/mmm/synthetic.js';

export interface WorldOutcome {
  seed: number;
  weeks: number;
  channels: number;
  correlated: boolean;
  verdict: string;
  reasons: string[];
  inside: number;
  /** |estimate − truth| / truth per channel. */
  errors: number[];
  lowestFound: boolean;
  seconds: number;
}

/** The world of one seed: 52–156 weeks, 3–8 channels, 3–10 % noise, every fourth with two correlated channels. */
export function worldOptions(seed: number) {
  return {
    seed,
    weeks: 52 + ((seed * 37) % 105),
    channels: 3 + (seed % 6),
    noise: 0.03 + (0.07 * ((seed * 7) % 11)) / 10,
    correlated: seed % 4 === 0 ? 2 : 0,
  };
}

export function recoverWorld(seed: number, bootstrap = 100): WorldOutcome {
  const options = worldOptions(seed);
  const world = simulateMmmWorld(options);
  const start = performance.now();
  const outcome = fitMmm(world.data, { seed: 1, bootstrap });
  const seconds = (performance.now() - start) / 1000;
  if (outcome.status !== 'fitted') throw new Error(`world ${seed} refused`);
  const r = outcome.result;
  const truth = world.truth.channels.map((c) => c.roas);
  const estimate = r.channels.map((c) => c.roas);
  const argmin = (xs: number[]) => xs.indexOf(Math.min(...xs));
  return {
    seed,
    weeks: options.weeks,
    channels: options.channels,
    correlated: options.correlated > 0,
    verdict: r.gate.verdict,
    reasons: r.gate.reasons.map((x) => x.code),
    inside: r.channels.filter((c, i) => c.roasInterval.low <= truth[i] && truth[i] <= c.roasInterval.high).length,
    errors: estimate.map((e, i) => Math.abs(e - truth[i]) / truth[i]),
    lowestFound: argmin(estimate) === argmin(truth),
    seconds,
  };
}

export interface RecoveryFigures {
  worlds: number;
  channelWorlds: number;
  coverage: number;
  medianErrorLong: number;
  lowestFound: number;
  correlatedFlagged: number;
  thinFlagged: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}

export function recoveryFigures(outcomes: readonly WorldOutcome[]): RecoveryFigures {
  const channelWorlds = outcomes.reduce((s, o) => s + o.channels, 0);
  const correlated = outcomes.filter((o) => o.correlated);
  // Thin: under ~8 weeks per coefficient (the gate's own line), i.e. short histories with many channels.
  const thin = outcomes.filter((o) => o.weeks / (2 + (o.weeks >= 52 ? 4 : 0) + o.channels) < 8);
  return {
    worlds: outcomes.length,
    channelWorlds,
    coverage: outcomes.reduce((s, o) => s + o.inside, 0) / channelWorlds,
    medianErrorLong: median(outcomes.filter((o) => o.weeks >= 104).flatMap((o) => o.errors)),
    lowestFound: outcomes.filter((o) => o.lowestFound).length / outcomes.length,
    correlatedFlagged: correlated.filter((o) => o.reasons.includes('correlatedSpend') && o.verdict !== 'enoughEvidence').length / (correlated.length || 1),
    thinFlagged: thin.filter((o) => o.verdict !== 'enoughEvidence').length / (thin.length || 1),
  };
}
