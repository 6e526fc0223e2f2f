/**
 * From coefficients to the numbers a marketer reads: per-channel contribution, ROAS,
 * marginal ROAS and response curves (Robyn's "response curves" and "mROAS", Jin et al.
 * 2017 §4: ROAS = contribution / spend over the period, marginal ROAS = the revenue of
 * one more unit of spend spread like the history's), the weekly decomposition, and the
 * bootstrap-ready curve parameters in revenue units.
 */
import type { Design } from './design.js';
import { FOURIER_HARMONICS, fourierTerm } from './design.js';
import { halfSaturationLevel, mediaResponse } from './transform.js';
import type { ChannelHyper } from './transform.js';
import type { BaselineForecast, ChannelCurve, Decomposition, Draw, ResponsePoint } from './types.js';

/** Scale of the spend for the marginal ROAS difference quotient (±1 %). */
const MARGINAL_STEP = 0.01;
export const RESPONSE_CURVE_MULTIPLIERS = Array.from({ length: 21 }, (_, i) => i / 10);

export function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let t = 0; t < values.length; t++) s += values[t];
  return s;
}

/** Σ_t hill(adstock(m · spend))_t with the hyper-parameters' K fixed at the history's level. */
export function scaledMediaSum(spend: Float64Array, hyper: ChannelHyper, multiplier: number): number {
  const k = halfSaturationLevel(spend, hyper);
  const scaled = Float64Array.from(spend, (s) => s * multiplier);
  return sum(mediaResponse(scaled, hyper.decay, k, hyper.shape));
}

/** Per channel: media sums at 1 − ε, 1, 1 + ε and along the response curve (fixed hyper-parameters, so once per fit). */
export interface MediaSums {
  base: number[];
  marginal: number[];
  curve: number[][];
}

export function mediaSums(design: Design, hypers: readonly ChannelHyper[], withCurve = true): MediaSums {
  const base: number[] = [];
  const marginal: number[] = [];
  const curve: number[][] = [];
  design.spend.forEach((spend, c) => {
    base.push(scaledMediaSum(spend, hypers[c], 1));
    const up = scaledMediaSum(spend, hypers[c], 1 + MARGINAL_STEP);
    const down = scaledMediaSum(spend, hypers[c], 1 - MARGINAL_STEP);
    marginal.push((up - down) / (2 * MARGINAL_STEP));
    curve.push(withCurve ? RESPONSE_CURVE_MULTIPLIERS.map((m) => scaledMediaSum(spend, hypers[c], m)) : []);
  });
  return { base, marginal, curve };
}

export interface ChannelNumbers {
  contribution: number[];
  roas: number[];
  marginalRoas: number[];
}

/** Contribution, ROAS and marginal ROAS per channel from one coefficient vector. */
export function channelNumbers(design: Design, coefficients: Float64Array, sums: MediaSums): ChannelNumbers {
  const f = design.fixed.length;
  const contribution: number[] = [];
  const roas: number[] = [];
  const marginalRoas: number[] = [];
  design.spend.forEach((spend, c) => {
    const beta = coefficients[f + c] * design.yScale;
    const total = sum(spend);
    contribution.push(beta * sums.base[c]);
    roas.push(total > 0 ? (beta * sums.base[c]) / total : 0);
    marginalRoas.push(total > 0 ? (beta * sums.marginal[c]) / total : 0);
  });
  return { contribution, roas, marginalRoas };
}

export function responseCurve(design: Design, coefficients: Float64Array, sums: MediaSums, c: number): ResponsePoint[] {
  const beta = coefficients[design.fixed.length + c] * design.yScale;
  const total = sum(design.spend[c]);
  return RESPONSE_CURVE_MULTIPLIERS.map((m, i) => ({ spend: m * total, contribution: beta * sums.curve[c][i] }));
}

export function decompose(design: Design, media: readonly Float64Array[], coefficients: Float64Array): Decomposition {
  const { n, yScale, fixed, fixedKinds } = design;
  const baseline = new Array<number>(n).fill(0);
  const seasonality = new Array<number>(n).fill(0);
  const controls = new Array<number>(n).fill(0);
  const fitted = new Array<number>(n).fill(0);
  fixed.forEach((column, j) => {
    const target = fixedKinds[j] === 'season' ? seasonality : fixedKinds[j] === 'control' ? controls : baseline;
    for (let t = 0; t < n; t++) target[t] += coefficients[j] * column[t] * yScale;
  });
  const channels = media.map((column, c) => Array.from(column, (v) => v * coefficients[fixed.length + c] * yScale));
  for (let t = 0; t < n; t++) {
    fitted[t] = baseline[t] + seasonality[t] + controls[t];
    for (const series of channels) fitted[t] += series[t];
  }
  return { actual: Array.from(design.y, (v) => v * yScale), fitted, baseline, seasonality, controls, channels };
}

/** The curves and baseline of one coefficient vector in revenue units, for the optimiser and the plan. */
export function drawOf(design: Design, hypers: readonly ChannelHyper[], coefficients: Float64Array): Draw {
  const { n, yScale, fixed, fixedKinds } = design;
  const curves: ChannelCurve[] = design.spend.map((spend, c) => ({
    beta: coefficients[fixed.length + c] * yScale,
    decay: hypers[c].decay,
    halfSaturation: halfSaturationLevel(spend, hypers[c]),
    shape: hypers[c].shape,
  }));
  const fourier: number[] = [];
  let controlsTotal = 0;
  fixed.forEach((column, j) => {
    if (fixedKinds[j] === 'season') fourier.push(coefficients[j] * yScale);
    if (fixedKinds[j] === 'control') for (let t = 0; t < n; t++) controlsTotal += coefficients[j] * column[t] * yScale;
  });
  const baseline: BaselineForecast = {
    intercept: coefficients[0] * yScale,
    trendPerWeek: n > 1 ? (coefficients[1] * yScale) / (n - 1) : 0,
    fourier,
    controlsMean: controlsTotal / n,
  };
  return { curves, baseline };
}

/** Baseline + seasonality + controls of a draw at week t (t ≥ n for a plan). */
export function baselineAt(baseline: BaselineForecast, t: number): number {
  let value = baseline.intercept + baseline.trendPerWeek * t + baseline.controlsMean;
  let j = 0;
  for (let h = 1; h <= FOURIER_HARMONICS && j < baseline.fourier.length; h++) {
    value += baseline.fourier[j++] * fourierTerm(t, h, 'sin');
    value += baseline.fourier[j++] * fourierTerm(t, h, 'cos');
  }
  return value;
}
