/**
 * Parameter recovery of the marketing-mix model over seeded simulated worlds (issue 12,
 * "Accuracy"): the figures the issue asks for, computed the same way for the small sample
 * in `npm test` and the ≥ 50 worlds of the robustness suite.
 */
import { buildDesign } from '../../src-main/model/mmm/design.js';
import { fitMmm } from '../../src-main/model/mmm/fit.js';
import { choleskySolve } from '../../src-main/model/mmm/non-negative-ridge.js';
import { mediaColumn } from '../../src-main/model/mmm/search.js';
import type { SyntheticWorld } from '../../src-main/model/mmm/synthetic.js';
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
  /** The gate said which channel earns least is not clear (lowestUnclear). */
  lowestFlagged: boolean;
  seconds: number;
  truth: number[];
  estimate: number[];
  low: number[];
  high: number[];
  /** The gap between the two lowest true ROAS over its standard error when every curve is known (oracle). */
  oracleGapZ: number;
}

/**
 * What the data could tell with every channel's true curve known (an oracle no model has):
 * least squares on the true media columns gives each ROAS with its standard error. The
 * lowest channel is identifiable only when the gap to the runner-up exceeds the 90 %
 * interval of their difference (z > 1.645); below that, no estimator finds it reliably.
 */
export function oracleGapZ(world: SyntheticWorld, seasonality: boolean): number {
  const design = buildDesign(world.data, seasonality);
  const truths = world.truth.channels;
  const media = truths.map((c, i) => mediaColumn(design.spend[i], c));
  const columns = [...design.fixed, ...media];
  const p = columns.length;
  const n = design.n;
  const gram = new Float64Array(p * p);
  const xty = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) for (let t = 0; t < n; t++) gram[i * p + j] += columns[i][t] * columns[j][t];
    for (let t = 0; t < n; t++) xty[i] += columns[i][t] * design.y[t];
  }
  const b = choleskySolve(gram, xty, p);
  let ss = 0;
  for (let t = 0; t < n; t++) {
    let fitted = 0;
    for (let j = 0; j < p; j++) fitted += b[j] * columns[j][t];
    ss += (design.y[t] - fitted) ** 2;
  }
  const s2 = ss / (n - p);
  const f = design.fixed.length;
  const se = truths.map((c, i) => {
    const unit = new Float64Array(p);
    unit[f + i] = 1;
    const scale = (design.yScale * media[i].reduce((a, v) => a + v, 0)) / c.spend;
    return Math.sqrt(s2 * choleskySolve(gram, unit, p)[f + i]) * scale;
  });
  const order = truths.map((_, i) => i).sort((a, c) => truths[a].roas - truths[c].roas);
  const [lowest, next] = order;
  return (truths[next].roas - truths[lowest].roas) / Math.hypot(se[lowest], se[next]);
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
    lowestFlagged: r.gate.reasons.some((x) => x.code === 'lowestUnclear'),
    seconds,
    truth,
    estimate,
    low: r.channels.map((c) => c.roasInterval.low),
    high: r.channels.map((c) => c.roasInterval.high),
    oracleGapZ: oracleGapZ(world, r.settings.seasonality),
  };
}

export interface RecoveryFigures {
  worlds: number;
  channelWorlds: number;
  coverage: number;
  medianErrorLong: number;
  lowestFound: number;
  /** Worlds where even the oracle can tell the lowest channel from the runner-up (gap z > 1.645). */
  separableWorlds: number;
  lowestFoundWhenSeparable: number;
  /** Worlds where the true gap exceeds the two channels' reported 90 % half-widths together. */
  gapBeyondIntervals: number;
  lowestFoundWhenGapBeyondIntervals: number;
  /** Worlds where the gate names the lowest channel without saying it is unclear, and how often it is right there. */
  lowestClearWorlds: number;
  lowestFoundWhenClear: number;
  /** Worlds where the gate says the lowest is unclear although the point estimate found it. */
  lowestFlaggedButFound: number;
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
  const separable = outcomes.filter((o) => o.oracleGapZ > 1.645);
  const beyond = outcomes.filter((o) => {
    const [lowest, next] = o.truth.map((_, i) => i).sort((a, b) => o.truth[a] - o.truth[b]);
    const halfWidth = (i: number) => (o.high[i] - o.low[i]) / 2;
    return o.truth[next] - o.truth[lowest] > halfWidth(lowest) + halfWidth(next);
  });
  const share = (xs: readonly WorldOutcome[]) => (xs.length ? xs.filter((o) => o.lowestFound).length / xs.length : NaN);
  return {
    worlds: outcomes.length,
    channelWorlds,
    coverage: outcomes.reduce((s, o) => s + o.inside, 0) / channelWorlds,
    medianErrorLong: median(outcomes.filter((o) => o.weeks >= 104).flatMap((o) => o.errors)),
    lowestFound: share(outcomes),
    separableWorlds: separable.length,
    lowestFoundWhenSeparable: share(separable),
    gapBeyondIntervals: beyond.length,
    lowestFoundWhenGapBeyondIntervals: share(beyond),
    lowestClearWorlds: outcomes.filter((o) => !o.lowestFlagged).length,
    lowestFoundWhenClear: share(outcomes.filter((o) => !o.lowestFlagged)),
    lowestFlaggedButFound: outcomes.filter((o) => o.lowestFlagged && o.lowestFound).length,
    correlatedFlagged: correlated.filter((o) => o.reasons.includes('correlatedSpend') && o.verdict !== 'enoughEvidence').length / (correlated.length || 1),
    thinFlagged: thin.filter((o) => o.verdict !== 'enoughEvidence').length / (thin.length || 1),
  };
}
