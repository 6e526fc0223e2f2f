/**
 * The fixed part of the regression: intercept, linear trend, yearly Fourier terms and
 * standardised controls. Revenue is divided by its mean so the penalty and tolerances do
 * not depend on the currency.
 *
 * Seasonality: Fourier series with period 52.1775 weeks (365.25 / 7) and two harmonics,
 * as Prophet (Taylor & Letham 2018, §3.2) and Robyn's Prophet step use for yearly cycles.
 */
import type { MmmData } from './types.js';

export const WEEKS_PER_YEAR = 365.25 / 7;
export const FOURIER_HARMONICS = 2;

export type FixedColumnKind = 'intercept' | 'trend' | 'season' | 'control';

export interface Design {
  n: number;
  /** Mean revenue: the model works on revenue / yScale. */
  yScale: number;
  y: Float64Array;
  fixed: Float64Array[];
  fixedKinds: FixedColumnKind[];
  /** Control columns' original mean and sd (to undo the standardisation). */
  controlMeans: number[];
  controlSds: number[];
  spend: Float64Array[];
  channelNames: string[];
  seasonality: boolean;
}

/** sin/cos of harmonic h at week t (t may run past the history, for plans). */
export function fourierTerm(t: number, harmonic: number, kind: 'sin' | 'cos'): number {
  const angle = (2 * Math.PI * harmonic * t) / WEEKS_PER_YEAR;
  return kind === 'sin' ? Math.sin(angle) : Math.cos(angle);
}

/** The trend column's value at week t: t / (n − 1), so its coefficient is the change over the history. */
export function trendValue(t: number, n: number): number {
  return n > 1 ? t / (n - 1) : 0;
}

function standardise(values: ArrayLike<number>, n: number): { column: Float64Array; mean: number; sd: number } {
  let mean = 0;
  for (let t = 0; t < n; t++) mean += values[t];
  mean /= n;
  let ss = 0;
  for (let t = 0; t < n; t++) ss += (values[t] - mean) ** 2;
  const sd = Math.sqrt(ss / n) || 1;
  const column = new Float64Array(n);
  for (let t = 0; t < n; t++) column[t] = (values[t] - mean) / sd;
  return { column, mean, sd };
}

export function buildDesign(data: MmmData, seasonality: boolean): Design {
  const n = data.kpi.length;
  let total = 0;
  for (let t = 0; t < n; t++) total += data.kpi[t];
  const yScale = total / n || 1;
  const y = new Float64Array(n);
  for (let t = 0; t < n; t++) y[t] = data.kpi[t] / yScale;
  const fixed: Float64Array[] = [new Float64Array(n).fill(1), Float64Array.from({ length: n }, (_, t) => trendValue(t, n))];
  const fixedKinds: FixedColumnKind[] = ['intercept', 'trend'];
  if (seasonality) {
    for (let h = 1; h <= FOURIER_HARMONICS; h++) {
      for (const kind of ['sin', 'cos'] as const) {
        fixed.push(Float64Array.from({ length: n }, (_, t) => fourierTerm(t, h, kind)));
        fixedKinds.push('season');
      }
    }
  }
  const controlMeans: number[] = [];
  const controlSds: number[] = [];
  for (const control of data.controls ?? []) {
    const s = standardise(control.values, n);
    fixed.push(s.column);
    fixedKinds.push('control');
    controlMeans.push(s.mean);
    controlSds.push(s.sd);
  }
  return {
    n,
    yScale,
    y,
    fixed,
    fixedKinds,
    controlMeans,
    controlSds,
    spend: data.channels.map((c) => Float64Array.from(c.spend)),
    channelNames: data.channels.map((c) => c.name),
    seasonality,
  };
}
