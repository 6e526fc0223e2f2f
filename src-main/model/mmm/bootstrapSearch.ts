/**
 * The bootstrap's light re-search: within one replicate, each channel's decay and
 * half-saturation may move one grid step from the selected values if that lowers the
 * error on the replicate's out-of-bag weeks (the blocks it did not draw). This carries
 * part of the hyper-parameter uncertainty into the intervals, which a bootstrap with the
 * hyper-parameters held fixed leaves out (they are chosen on the same data; Efron &
 * Tibshirani 1993, "An Introduction to the Bootstrap", §17.6: the whole selection
 * procedure is bootstrapped, here in a one-step form to stay fast).
 */
import type { Design } from './design.js';
import { accumulateGram, allColumns, columnVariance, columnVariances, predictAt, solveFromGram } from './regression.js';
import type { Candidate } from './search.js';
import { DECAY_GRID, HALF_SATURATION_GRID, liftPriors, mediaColumn, specFor } from './search.js';
import type { ChannelHyper } from './transform.js';
import type { LiftTest } from './types.js';

function neighbours(grid: readonly number[], value: number): number[] {
  let index = 0;
  for (let i = 0; i < grid.length; i++) if (Math.abs(grid[i] - value) < Math.abs(grid[index] - value)) index = i;
  return [grid[index - 1], grid[index + 1]].filter((v): v is number => v !== undefined);
}

export interface ReplicateFit {
  hypers: ChannelHyper[];
  media: Float64Array[];
  coefficients: Float64Array;
}

/** Replaces column j of a lower-triangular weighted Gram (and of XᵀWy) by a new column: O(n·p), not O(n·p²). */
function replaceColumn(columns: readonly Float64Array[], j: number, y: Float64Array, weights: Float64Array, g: Float64Array, c: Float64Array): void {
  const p = columns.length;
  const x = columns[j];
  for (let k = 0; k < p; k++) {
    const other = columns[k];
    let sum = 0;
    for (let t = 0; t < y.length; t++) if (weights[t] !== 0) sum += weights[t] * x[t] * other[t];
    if (k <= j) g[j * p + k] = sum;
    else g[k * p + j] = sum;
  }
  let sy = 0;
  for (let t = 0; t < y.length; t++) if (weights[t] !== 0) sy += weights[t] * x[t] * y[t];
  c[j] = sy;
}

export function refitReplicate(design: Design, best: Candidate, weights: Float64Array, settings: { liftTests: readonly LiftTest[]; sigma: number }, media: Float64Array[]): ReplicateFit {
  const hypers = best.hypers.slice();
  const spec = specFor(design, { hypers, lambda: best.lambda }, settings, media.slice());
  const columns = allColumns(spec);
  const p = columns.length;
  const f = design.fixed.length;
  const g = new Float64Array(p * p);
  const c = new Float64Array(p);
  accumulateGram(columns, design.y, weights, 0, design.n, g, c);
  let rows = 0;
  let outOfBag = 0;
  for (let t = 0; t < design.n; t++) {
    rows += weights[t];
    if (weights[t] === 0) outOfBag++;
  }
  const variances = columnVariances(columns, design.n);
  const oobError = (coefficients: Float64Array, cols: readonly Float64Array[]) => {
    let ss = 0;
    for (let t = 0; t < design.n; t++) if (weights[t] === 0) ss += (design.y[t] - predictAt(cols, coefficients, t)) ** 2;
    return outOfBag ? ss / outOfBag : 0;
  };
  let coefficients = solveFromGram(spec, g, c, rows, variances);
  // Without out-of-bag weeks there is nothing to choose by: keep the selection.
  if (outOfBag < 4) return { hypers, media: spec.media.slice(), coefficients };
  let error = oobError(coefficients, columns);
  for (let k = 0; k < hypers.length; k++) {
    const options: ChannelHyper[] = [
      ...neighbours(DECAY_GRID, hypers[k].decay).map((decay) => ({ ...hypers[k], decay })),
      ...neighbours(HALF_SATURATION_GRID, hypers[k].halfSaturationRatio).map((halfSaturationRatio) => ({ ...hypers[k], halfSaturationRatio })),
    ];
    for (const option of options) {
      const trialColumns = columns.slice();
      trialColumns[f + k] = mediaColumn(design.spend[k], option);
      const trialG = Float64Array.from(g);
      const trialC = Float64Array.from(c);
      replaceColumn(trialColumns, f + k, design.y, weights, trialG, trialC);
      const trialVariances = Float64Array.from(variances);
      trialVariances[f + k] = columnVariance(trialColumns[f + k], design.n);
      const trialMedia = trialColumns.slice(f);
      const trialSpec = { ...spec, media: trialMedia, priors: liftPriors(design, trialMedia, settings.liftTests, settings.sigma) };
      const trialCoefficients = solveFromGram(trialSpec, trialG, trialC, rows, trialVariances);
      const trialError = oobError(trialCoefficients, trialColumns);
      if (trialError < error) {
        error = trialError;
        coefficients = trialCoefficients;
        columns.splice(0, columns.length, ...trialColumns);
        g.set(trialG);
        c.set(trialC);
        variances.set(trialVariances);
        hypers[k] = option;
      }
    }
  }
  return { hypers, media: columns.slice(f), coefficients };
}
