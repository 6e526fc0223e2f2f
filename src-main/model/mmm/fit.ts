/**
 * The marketing-mix model (issue 12):
 *
 *   revenue_t = intercept + trend·t + yearly Fourier seasonality (from 52 weeks)
 *             + Σ controls + Σ_channel β_c · hill(adstock(spend_c))_t + noise,  β_c ≥ 0.
 *
 * Method (the methods text of the results):
 * - Transforms: geometric adstock then Hill saturation per channel (Jin et al. 2017, Google;
 *   Robyn, Meta).
 * - Coefficients: ridge regression with media effects constrained non-negative, solved
 *   exactly (Lawson–Hanson active set). The ridge penalty is on standardised columns.
 * - Hyper-parameters (decay, half-saturation, shape per channel; ridge λ): a seeded search
 *   scored by rolling-origin time-series cross-validation (search.ts).
 * - Hill shape and half-saturation have weakly-informative log-normal priors (search.ts),
 *   added to the CV score, so a few dozen held-out weeks cannot pull them to the grid's edge.
 * - Uncertainty: moving-block bootstrap over weeks (bootstrap.ts). Each replicate draws its
 *   hyper-parameters from every candidate the search scored, weighed by a tempered
 *   held-out likelihood times the prior (an approximate posterior over the grid), refits
 *   the coefficients and re-searches each channel's decay and half-saturation one grid
 *   step on its out-of-bag weeks (bootstrapSearch.ts), so the hyper-parameter uncertainty
 *   enters the intervals. Every reported number's 90 % interval is the 5th–95th percentile
 *   of its replicates. The stability score (ROAS refitted on each
 *   cross-validation fold) shows how much the answer moves with the data it sees.
 * - Lift tests enter as Gaussian priors on a channel's contribution over the test weeks
 *   (sd from the reported 90 % interval), in the fit and in the search's score.
 * - Thin data (under a year, or few weeks per coefficient): one shared decay, Hill shape 1,
 *   no seasonality, stronger shrinkage — fewer parameters instead of a confident wrong answer.
 *
 * Deterministic: only seeded randomness (random.ts), arrays in input order, no Map/Set
 * iteration, so the same data and seed give the same bytes.
 */
import { mulberry32 } from '../random.js';
import { movingBlockWeights } from './bootstrap.js';
import { refitReplicate } from './bootstrapSearch.js';
import { crossValidate, rollingOriginFolds } from './crossValidation.js';
import { buildDesign } from './design.js';
import type { GateResult } from './gate.js';
import { gateAfterFit, gateBeforeFit } from './gate.js';
import { errorMetrics, interval90 } from './metrics.js';
import { fitCoefficients, residualSd } from './regression.js';
import type { Candidate } from './search.js';
import { candidateWeights, drawCandidate, heldOutWeeks, mediaColumn, searchHyperParameters, specFor } from './search.js';
import { hyperParametersAtBounds } from './searchBounds.js';
import { channelNumbers, decompose, drawOf, mediaSums, responseCurve } from './summarise.js';
import type { CalibrationEffect, ChannelResult, Decomposition, Draw, FitMetrics, MmmData, MmmOptions } from './types.js';

export const MMM_DEFAULTS = { seed: 1, bootstrap: 200, searchPasses: 2 } as const;

export interface MmmResult {
  weeks: number;
  seed: number;
  channels: ChannelResult[];
  fit: FitMetrics;
  /** 1 − median over channels of (sd of fold ROAS / ROAS), in [0, 1]; 1 = the answer does not move. */
  stability: number;
  gate: GateResult;
  decomposition: Decomposition;
  settings: { lambda: number; seasonality: boolean; thin: boolean; bootstrap: number; searchEvaluations: number };
  /** The point fit's curves, then one per bootstrap replicate (the optimiser's uncertainty). */
  pointDraw: Draw;
  draws: Draw[];
  /** Present when lift tests were given: how much they moved each tested channel. */
  calibration?: CalibrationEffect[];
}

export type MmmOutcome = { status: 'refused'; gate: GateResult } | { status: 'fitted'; result: MmmResult };

function checkData(data: MmmData): void {
  const n = data.kpi.length;
  for (const c of data.channels) {
    if (c.spend.length !== n) throw new RangeError(`MMM: spend of ${c.name} has ${c.spend.length} weeks, revenue has ${n}`);
    for (let t = 0; t < n; t++) if (!(c.spend[t] >= 0)) throw new RangeError(`MMM: spend of ${c.name} in week ${t + 1} is not a non-negative number`);
  }
  for (const c of data.controls ?? []) if (c.values.length !== n) throw new RangeError(`MMM: control ${c.name} has ${c.values.length} weeks, revenue has ${n}`);
  for (let t = 0; t < n; t++) if (!Number.isFinite(data.kpi[t])) throw new RangeError(`MMM: revenue in week ${t + 1} is not a number`);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
}

function sd(values: number[]): number {
  const m = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, values.length - 1));
}

/** Fits with the given settings; `sigma` weighs lift tests (0 when there are none). */
function fitOnce(data: MmmData, options: Required<Omit<MmmOptions, 'liftTests' | 'thinData' | 'seasonality'>> & { liftTests: MmmOptions['liftTests'] }, pre: ReturnType<typeof gateBeforeFit>) {
  const design = buildDesign(data, pre.seasonality);
  const folds = rollingOriginFolds(design.n);
  const liftTests = options.liftTests ?? [];
  let sigma = 0;
  if (liftTests.length) {
    // The priors are weighed against the residual scale of an uncalibrated search.
    const plain = searchHyperParameters(design, folds, { seed: options.seed, passes: 1, thin: pre.thin, liftTests: [], sigma: 0 });
    const spec = specFor(design, plain.best, { liftTests: [], sigma: 0 });
    sigma = residualSd(spec, fitCoefficients(spec));
  }
  const search = searchHyperParameters(design, folds, { seed: options.seed, passes: options.searchPasses, thin: pre.thin, liftTests, sigma });
  const spec = specFor(design, search.best, { liftTests, sigma });
  return { design, folds, search, spec, coefficients: fitCoefficients(spec), sigma };
}

export function fitMmm(data: MmmData, options: MmmOptions = {}): MmmOutcome {
  checkData(data);
  const o = { ...MMM_DEFAULTS, ...options };
  const pre = gateBeforeFit(data, options.thinData ?? 'auto', options.seasonality ?? 'auto');
  if (pre.verdict === 'notEnoughData') return { status: 'refused', gate: { verdict: pre.verdict, reasons: pre.reasons } };

  const { design, folds, search, spec, coefficients, sigma } = fitOnce(data, { ...o, liftTests: options.liftTests }, pre);
  const best: Candidate = search.best;
  const sums = mediaSums(design, best.hypers);
  const point = channelNumbers(design, coefficients, sums);

  // Moving-block bootstrap; each replicate draws its hyper-parameters from the search's
  // candidates weighed as a posterior, then re-searches decay and half-saturation one step.
  const random = mulberry32((o.seed ^ 0x9e3779b9) >>> 0);
  const replicates = { contribution: [] as number[][], roas: [] as number[][], marginalRoas: [] as number[][] };
  const draws: Draw[] = [];
  const posterior = candidateWeights(search.visited, heldOutWeeks(design, folds));
  for (let b = 0; b < o.bootstrap; b++) {
    const weights = movingBlockWeights(design.n, random);
    const drawn = drawCandidate(posterior, random());
    const media = drawn === best ? spec.media.slice() : design.spend.map((s, c) => mediaColumn(s, drawn.hypers[c]));
    const replicate = refitReplicate(design, drawn, weights, { liftTests: options.liftTests ?? [], sigma }, media);
    const numbers = channelNumbers(design, replicate.coefficients, mediaSums(design, replicate.hypers, false));
    replicates.contribution.push(numbers.contribution);
    replicates.roas.push(numbers.roas);
    replicates.marginalRoas.push(numbers.marginalRoas);
    draws.push(drawOf(design, replicate.hypers, replicate.coefficients));
  }
  const column = (rows: number[][], c: number) => rows.map((r) => r[c]);

  // Stability: ROAS from each rolling-origin fold's coefficients.
  const cv = crossValidate(spec, folds, true);
  const foldNumbers = cv.foldCoefficients.map((coef) => channelNumbers(design, coef, sums));

  const channels: ChannelResult[] = design.spend.map((spend, c) => {
    const roasInterval = interval90(column(replicates.roas, c));
    const hyper = best.hypers[c];
    const curve = drawOf(design, best.hypers, coefficients).curves[c];
    return {
      channel: design.channelNames[c],
      spend: spend.reduce((a, v) => a + v, 0),
      contribution: point.contribution[c],
      contributionInterval: interval90(column(replicates.contribution, c)),
      roas: point.roas[c],
      roasInterval,
      marginalRoas: point.marginalRoas[c],
      marginalRoasInterval: interval90(column(replicates.marginalRoas, c)),
      decay: hyper.decay,
      halfSaturation: curve.halfSaturation * (1 - hyper.decay),
      shape: hyper.shape,
      maxWeeklyEffect: curve.beta,
      verdict: roasInterval.low > 1e-9 ? 'effect' : 'noDetectableEffect',
      foldRoas: foldNumbers.map((f) => f.roas[c]),
      responseCurve: responseCurve(design, coefficients, sums, c),
    };
  });

  const decomposition = decompose(design, spec.media, coefficients);
  const inSample = errorMetrics(decomposition.actual, decomposition.fitted);
  const holdout = errorMetrics(design.y, cv.predictions);
  const fit: FitMetrics = {
    r2: inSample.r2,
    mape: inSample.mape,
    nrmse: inSample.nrmse,
    r2Holdout: holdout.r2,
    mapeHoldout: holdout.mape,
    nrmseHoldout: holdout.nrmse,
    holdoutWeeks: holdout.count,
  };
  const spreads = channels.filter((c) => c.roas > 0).map((c) => sd(c.foldRoas) / c.roas);
  const stability = Math.min(1, Math.max(0, 1 - median(spreads)));
  const gate = gateAfterFit(pre, {
    mape: fit.mape,
    mapeHoldout: fit.mapeHoldout,
    stability,
    channels: channels.map((c) => ({ channel: c.channel, roasLow: c.roasInterval.low, roasHigh: c.roasInterval.high, verdict: c.verdict })),
    atBounds: hyperParametersAtBounds(design.channelNames, best, pre.thin),
  });

  const result: MmmResult = {
    weeks: design.n,
    seed: o.seed,
    channels,
    fit,
    stability,
    gate,
    decomposition,
    settings: { lambda: best.lambda, seasonality: pre.seasonality, thin: pre.thin, bootstrap: o.bootstrap, searchEvaluations: search.evaluated },
    pointDraw: drawOf(design, best.hypers, coefficients),
    draws,
  };
  if (options.liftTests?.length) result.calibration = calibrationEffects(data, options, pre, result);
  return { status: 'fitted', result };
}

/** Refits without the lift tests (same seed) and reports each tested channel's ROAS and period contribution before and after. */
function calibrationEffects(data: MmmData, options: MmmOptions, pre: ReturnType<typeof gateBeforeFit>, calibrated: MmmResult): CalibrationEffect[] {
  const o = { ...MMM_DEFAULTS, ...options };
  const plain = fitOnce(data, { ...o, liftTests: [] }, pre);
  const plainDecomposition = decompose(plain.design, plain.spec.media, plain.coefficients);
  const plainNumbers = channelNumbers(plain.design, plain.coefficients, mediaSums(plain.design, plain.search.best.hypers));
  return (options.liftTests ?? []).flatMap((test) => {
    const c = plain.design.channelNames.indexOf(test.channel);
    if (c < 0) return [];
    const periodSum = (series: number[]) => series.slice(Math.max(0, test.fromWeek), test.toWeek + 1).reduce((a, v) => a + v, 0);
    return [
      {
        channel: test.channel,
        roasWithout: plainNumbers.roas[c],
        roasWith: calibrated.channels[c].roas,
        periodContributionWithout: periodSum(plainDecomposition.channels[c]),
        periodContributionWith: periodSum(calibrated.decomposition.channels[c]),
        measured: test.incrementalRevenue,
      },
    ];
  });
}
