/**
 * Parameter recovery of the marketing-mix model over seeded simulated worlds (issue 12,
 * "Accuracy"): the figures the issue asks for, computed the same way for the small sample
 * in `npm test` and the ≥ 50 worlds of the robustness suite.
 */
import { buildDesign } from '../../src-main/model/mmm/design.js';
import { fitMmm } from '../../src-main/model/mmm/fit.js';
import { gateBeforeFit } from '../../src-main/model/mmm/gate.js';
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
  /** Times the world was redrawn for a distinguishable lowest channel (0 for the plain draw). */
  redraws: number;
  /** |estimate − truth| / truth per channel. */
  errors: number[];
  /** The "found" (see recoverWorld). */
  lowestFound: boolean;
  /** The point estimate's lowest is the true lowest. */
  pointLowestFound: boolean;
  /** The gate said which channel earns least is not clear (lowestUnclear). */
  lowestFlagged: boolean;
  seconds: number;
  truth: number[];
  estimate: number[];
  low: number[];
  high: number[];
  /** The gap between the two lowest true ROAS over its standard error when every curve is known (oracle). */
  oracleGapZ: number;
  oracleLowestFound: boolean;
}

/** What an estimator that knows every true curve gets: each channel's ROAS and its standard error. */
export interface OracleFit {
  roas: number[];
  se: number[];
  /** The gap between the two lowest true ROAS over the standard error of their difference. */
  gapZ: number;
  /** Whether the oracle's lowest ROAS is the true lowest. */
  found: boolean;
}

/**
 * What the data could tell with every channel's true curve known (an oracle no model has):
 * least squares on the true media columns gives each ROAS with its standard error. The
 * lowest channel is identifiable only when the gap to the runner-up exceeds the 90 %
 * interval of their difference (z > 1.645); below that, no estimator finds it reliably.
 * `noiseSd` (revenue units) uses the world's true noise for the standard errors, so the
 * gap depends on the design and the truth only, not on this draw of the noise; without it
 * the residuals' variance is used.
 */
export function oracleFit(world: SyntheticWorld, seasonality: boolean, noiseSd?: number): OracleFit {
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
  const s2 = noiseSd === undefined ? ss / (n - p) : (noiseSd / design.yScale) ** 2;
  const f = design.fixed.length;
  const scaleOf = (i: number) => (design.yScale * media[i].reduce((a, v) => a + v, 0)) / truths[i].spend;
  const roas = truths.map((_, i) => b[f + i] * scaleOf(i));
  const se = truths.map((_, i) => {
    const unit = new Float64Array(p);
    unit[f + i] = 1;
    return Math.sqrt(s2 * choleskySolve(gram, unit, p)[f + i]) * scaleOf(i);
  });
  const order = truths.map((_, i) => i).sort((a, c) => truths[a].roas - truths[c].roas);
  const [lowest, next] = order;
  return { roas, se, gapZ: (truths[next].roas - truths[lowest].roas) / Math.hypot(se[lowest], se[next]), found: argmin(roas) === lowest };
}

export function oracleGapZ(world: SyntheticWorld, seasonality: boolean): number {
  return oracleFit(world, seasonality).gapZ;
}

function argmin(xs: readonly number[]): number {
  return xs.indexOf(Math.min(...xs));
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

/**
 * The smallest gap between the two lowest true ROAS, in standard errors of their difference
 * for the oracle (every curve known, the world's true noise), for "the lowest-ROAS channel"
 * to exist in the data: the gap exceeds the 90 % interval of that difference (the issue's own
 * interval level). Below it even the oracle mistakes the runner-up for the lowest in more than
 * 5 % of draws of the noise, so no model can be asked to name it.
 */
export const DISTINGUISHABLE_GAP_Z = 1.645;
/** Redraws of a world (same weeks, channels, noise and correlation) before giving up. */
const MAX_REDRAWS = 2000;

/**
 * The world of one seed, redrawn (curves, ROAS, spends, noise; the same weeks, channels,
 * noise level and correlation) until its lowest-ROAS channel is distinguishable
 * (DISTINGUISHABLE_GAP_Z). The first draw is the plain world's, so seeds that already
 * qualify keep it; a seed that never qualifies throws rather than being skipped.
 */
export function distinguishableWorld(seed: number): { world: SyntheticWorld; redraws: number } {
  const options = worldOptions(seed);
  for (let redraws = 0; redraws < MAX_REDRAWS; redraws++) {
    const world = simulateMmmWorld({ ...options, seed: seed + 1_000_003 * redraws });
    const seasonality = gateBeforeFit(world.data).seasonality;
    if (oracleFit(world, seasonality, world.truth.noiseSd).gapZ >= DISTINGUISHABLE_GAP_Z) return { world, redraws };
  }
  throw new Error(`world ${seed}: no draw in ${MAX_REDRAWS} has a distinguishable lowest channel`);
}

export type WorldDraw = 'asDrawn' | 'lowestDistinguishable';

export function recoverWorld(seed: number, bootstrap = 100, draw: WorldDraw = 'asDrawn'): WorldOutcome {
  const options = worldOptions(seed);
  const { world, redraws } = draw === 'asDrawn' ? { world: simulateMmmWorld(options), redraws: 0 } : distinguishableWorld(seed);
  const start = performance.now();
  const outcome = fitMmm(world.data, { seed: 1, bootstrap });
  const seconds = (performance.now() - start) / 1000;
  if (outcome.status !== 'fitted') throw new Error(`world ${seed} refused`);
  const r = outcome.result;
  const truth = world.truth.channels.map((c) => c.roas);
  const estimate = r.channels.map((c) => c.roas);
  const names = r.channels.map((c) => c.channel);
  const trueLowest = names[argmin(truth)];
  const unclear = r.gate.reasons.find((x) => x.code === 'lowestUnclear');
  const oracle = oracleFit(world, r.settings.seasonality);
  return {
    seed,
    redraws,
    weeks: options.weeks,
    channels: options.channels,
    correlated: options.correlated > 0,
    verdict: r.gate.verdict,
    reasons: r.gate.reasons.map((x) => x.code),
    inside: r.channels.filter((c, i) => c.roasInterval.low <= truth[i] && truth[i] <= c.roasInterval.high).length,
    errors: estimate.map((e, i) => Math.abs(e - truth[i]) / truth[i]),
    // Found: named clearly (the table's lowest, no "unclear") and right, or said to be unclear
    // with the true lowest among the two channels the sentence names. A confident wrong name never counts.
    lowestFound: unclear ? unclear.channel === trueLowest || unclear.other === trueLowest : names[argmin(estimate)] === trueLowest,
    pointLowestFound: argmin(estimate) === argmin(truth),
    lowestFlagged: Boolean(unclear),
    seconds,
    truth,
    estimate,
    low: r.channels.map((c) => c.roasInterval.low),
    high: r.channels.map((c) => c.roasInterval.high),
    oracleGapZ: oracle.gapZ,
    oracleLowestFound: oracle.found,
  };
}

export interface RecoveryFigures {
  worlds: number;
  channelWorlds: number;
  coverage: number;
  medianErrorLong: number;
  /** The "lowest-ROAS channel found": named clearly and right, or unclear with the truth among the two named. */
  lowestFound: number;
  /** The table's lowest ROAS is the true lowest, whatever the gate says. */
  pointLowestFound: number;
  /** The same for the oracle that knows every true curve. */
  oracleLowestFound: number;
  /** Worlds where the gate names the lowest channel without saying it is unclear, and how often it is right there. */
  lowestClearWorlds: number;
  lowestFoundWhenClear: number;
  /** Worlds where the gate names a lowest channel clearly and it is not the lowest. */
  lowestConfidentlyWrong: number;
  /** Redraws the distinguishable worlds needed, in all. */
  redraws: number;
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
  const clear = outcomes.filter((o) => !o.lowestFlagged);
  const share = (xs: readonly WorldOutcome[], found: (o: WorldOutcome) => boolean) => (xs.length ? xs.filter(found).length / xs.length : NaN);
  return {
    worlds: outcomes.length,
    channelWorlds,
    coverage: outcomes.reduce((s, o) => s + o.inside, 0) / channelWorlds,
    medianErrorLong: median(outcomes.filter((o) => o.weeks >= 104).flatMap((o) => o.errors)),
    lowestFound: share(outcomes, (o) => o.lowestFound),
    pointLowestFound: share(outcomes, (o) => o.pointLowestFound),
    oracleLowestFound: share(outcomes, (o) => o.oracleLowestFound),
    lowestClearWorlds: clear.length,
    lowestFoundWhenClear: share(clear, (o) => o.lowestFound),
    lowestConfidentlyWrong: clear.filter((o) => !o.lowestFound).length,
    redraws: outcomes.reduce((s, o) => s + o.redraws, 0),
    correlatedFlagged: correlated.filter((o) => o.reasons.includes('correlatedSpend') && o.verdict !== 'enoughEvidence').length / (correlated.length || 1),
    thinFlagged: thin.filter((o) => o.verdict !== 'enoughEvidence').length / (thin.length || 1),
  };
}
