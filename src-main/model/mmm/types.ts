/**
 * Inputs and outputs of the marketing-mix model (issue 12). Weekly series, oldest first,
 * all the same length. Plain JSON-safe results: the CLI prints them as they are.
 */
import type { ChannelHyper } from './transform.js';

export interface MmmChannelInput {
  name: string;
  /** Spend per week (≥ 0). */
  spend: ArrayLike<number>;
}

export interface MmmControlInput {
  name: string;
  /** Promo flags, price, events, competitor sales…: one value per week. */
  values: ArrayLike<number>;
}

/**
 * A lift test (geo or holdout experiment): the incremental revenue a channel brought in
 * weeks fromWeek…toWeek (inclusive, 0-based indices into the series), with its 90 % interval.
 */
export interface LiftTest {
  channel: string;
  fromWeek: number;
  toWeek: number;
  incrementalRevenue: number;
  low: number;
  high: number;
}

export interface MmmData {
  /** Revenue (or another KPI) per week. */
  kpi: ArrayLike<number>;
  channels: readonly MmmChannelInput[];
  controls?: readonly MmmControlInput[];
}

export interface MmmOptions {
  /** Seed of the search and the bootstrap (default 1). */
  seed?: number;
  /** Bootstrap replicates for the intervals (default 200). */
  bootstrap?: number;
  /** Yearly Fourier seasonality: 'auto' (default) switches it on from 52 weeks. */
  seasonality?: 'auto' | boolean;
  /** Fewer parameters (one decay, Hill shape 1, no seasonality, stronger shrinkage): 'auto' (default) decides from the gate. */
  thinData?: 'auto' | boolean;
  liftTests?: readonly LiftTest[];
  /** Coordinate passes of the hyper-parameter search (default 2). */
  searchPasses?: number;
}

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

export type { ChannelHyper };
