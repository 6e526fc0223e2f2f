/**
 * Inputs and outputs of the marketing-mix model (issue 12). Weekly series, oldest first,
 * all the same length. Plain JSON-safe results: the CLI prints them as they are.
 */
import type { ChannelHyper } from './transform.js';
import type { BaselineForecast, CalibrationEffect, ChannelCurve, ChannelResult, Decomposition, Draw, FitMetrics, Interval, ResponsePoint } from '@shared/analyses/mmm.result.js';

export type { BaselineForecast, CalibrationEffect, ChannelCurve, ChannelResult, Decomposition, Draw, FitMetrics, Interval, ResponsePoint };

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
  /** Bootstrap replicates for the intervals (default 1,000; the first 200 also feed the optimiser). */
  bootstrap?: number;
  /** Yearly Fourier seasonality: 'auto' (default) switches it on from 52 weeks. */
  seasonality?: 'auto' | boolean;
  /** Fewer parameters (one decay, Hill shape 1, no seasonality, stronger shrinkage): 'auto' (default) decides from the gate. */
  thinData?: 'auto' | boolean;
  liftTests?: readonly LiftTest[];
  /** Coordinate passes of the hyper-parameter search (default 2). */
  searchPasses?: number;
  /**
   * Meridian's published ROI prior in the point estimate (roas-prior.ts; default true). A
   * prior on revenue per unit of spend: off when the KPI counts orders or conversions.
   */
  publishedRoasPrior?: boolean;
}



export type { ChannelHyper };
