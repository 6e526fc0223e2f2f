/** What a marketing-mix run saves and the CLI prints with --json (result version: mmm.ts). */
import type { Bilingual } from '../bilingual.js';
import type { MmmColumn } from '../mmm-columns.js';
import type { MmmOptimiser, MmmPlanWeek } from '../mmm-plan.js';
import type { MmmParams } from './mmm.params.js';

/** A 90 % interval (5th and 95th percentiles of the bootstrap). */
export interface Interval {
  low: number;
  high: number;
}

export interface ResponsePoint {
  /** Spend over the period (the history's weekly pattern scaled). */
  spend: number;
  contribution: number;
}

export interface ChannelResult {
  channel: string;
  spend: number;
  contribution: number;
  contributionInterval: Interval;
  roas: number;
  roasInterval: Interval;
  /** Revenue from one more unit of spend spread like the history's spend. */
  marginalRoas: number;
  marginalRoasInterval: Interval;
  decay: number;
  /** Weekly spend at which the steady-state response is half its maximum: K·(1 − θ). */
  halfSaturation: number;
  shape: number;
  /** Largest weekly revenue the channel can bring (β of the Hill curve). */
  maxWeeklyEffect: number;
  /**
   * 'effect' when the ROAS interval excludes zero, else 'noDetectableEffect' (never silently
   * zeroed) — or 'notSeparable' when the channel's spend moves with others' (the gate's
   * correlated groups) and their total has an effect: the channel's own share of it is not
   * measured, so its interval reaches zero without meaning it earns nothing.
   */
  verdict: 'effect' | 'noDetectableEffect' | 'notSeparable';
  /** ROAS refitted on each cross-validation fold's training weeks (the stability input). */
  foldRoas: number[];
  responseCurve: ResponsePoint[];
}

export interface FitMetrics {
  r2: number;
  mape: number;
  nrmse: number;
  /** Rolling-origin held-out weeks, each predicted by a fit on the weeks before it. */
  r2Holdout: number;
  mapeHoldout: number;
  nrmseHoldout: number;
  holdoutWeeks: number;
}

export interface Decomposition {
  actual: number[];
  fitted: number[];
  /** Intercept + trend. */
  baseline: number[];
  seasonality: number[];
  controls: number[];
  /** One series per channel, in input order. */
  channels: number[][];
}

/** One bootstrap replicate's curve per channel, in revenue units (the optimiser propagates them). */
export interface ChannelCurve {
  beta: number;
  decay: number;
  /** K in adstocked-spend units. */
  halfSaturation: number;
  shape: number;
}

export interface BaselineForecast {
  intercept: number;
  trendPerWeek: number;
  /** Fourier coefficients (sin, cos per harmonic), revenue units; empty without seasonality. */
  fourier: number[];
  /** Mean weekly controls effect over the history (assumed to continue). */
  controlsMean: number;
}

export interface Draw {
  curves: ChannelCurve[];
  baseline: BaselineForecast;
}

export interface CalibrationEffect {
  channel: string;
  roasWithout: number;
  roasWith: number;
  /** Contribution the model gives the test's period, before and after calibration. */
  periodContributionWithout: number;
  periodContributionWith: number;
  measured: number;
}

export type GateReason =
  | { code: 'tooFewWeeks'; weeks: number; minimum: number }
  | { code: 'lessThanAYear'; weeks: number }
  | { code: 'fewPointsPerParameter'; weeks: number; coefficients: number; perCoefficient: number }
  | { code: 'kpiAllZero' }
  | { code: 'channelNeverSpends'; channel: string }
  | { code: 'flatSpend'; channel: string; variation: number }
  | { code: 'correlatedSpend'; channel: string; other: string; correlation: number }
  | { code: 'thinDataFallback' }
  | { code: 'holdoutMuchWorse'; mape: number; mapeHoldout: number }
  | { code: 'noDetectableEffect'; channel: string; roasLow: number; roasHigh: number }
  | { code: 'unstable'; stability: number }
  | { code: 'atSearchBound'; channel: string; parameter: 'decay' | 'halfSaturation' | 'shape'; value: number }
  | { code: 'lowestUnclear'; channel: string; share: number; other: string; otherShare: number }
  | { code: 'measuredTogether'; channel: string; roas: number; roasLow: number; roasHigh: number };

export type GateVerdict = 'enoughEvidence' | 'directionalOnly' | 'notEnoughData';

export interface GateResult {
  verdict: GateVerdict;
  reasons: GateReason[];
}

export interface MmmCommon {
  source: 'sheet' | 'orders';
  kpiName: string;
  weeks: string[];
  /** A weekly sheet's extra columns and what each was taken as. */
  columns: MmmColumn[];
  notes: Bilingual[];
  params: MmmParams;
  gate: GateResult;
}

export type MmmAnalysis =
  | (MmmCommon & { status: 'refused' })
  | (MmmCommon & {
      status: 'fitted';
      seed: number;
      channels: ChannelResult[];
      fit: FitMetrics;
      stability: number;
      decomposition: Decomposition;
      settings: { lambda: number; seasonality: boolean; thin: boolean; bootstrap: number; searchEvaluations: number };
      /** Weekly spend per channel (the adstock the plan and what-ifs carry over). */
      history: number[][];
      pointDraw: Draw;
      draws: Draw[];
      optimiser: MmmOptimiser;
      /** The next weeks at the best split, and at the current one for comparison. */
      plan: MmmPlanWeek[];
      planCurrent: MmmPlanWeek[];
      /** With lift tests: each tested channel's ROAS and test-period contribution without and with the test, beside what was measured. */
      calibration?: CalibrationEffect[];
    });
