/**
 * How unsure the data leave each channel's curve: a posterior over the hyper-parameter
 * grid (decay × half-saturation × shape) for one channel at a time, the others held at the
 * selected values (the conditional posteriors a Gibbs sampler would visit). Weight of a grid
 * point = exp(−objective / 2σ²) × prior, where the objective is the penalised sum of squares
 * of the full fit with that channel's curve swapped in (coefficients profiled out) and σ² the
 * selected fit's residual variance. The bootstrap draws every channel's curve from these,
 * so the intervals carry the curve's uncertainty, which dominates ROAS: the data pin the
 * slope of the response near the spend they saw, while ROAS also needs how the curve
 * falls to zero (Jin et al. 2017, §5 "identifiability"; Chan & Perry 2017, "Challenges and
 * opportunities in media mix modeling", Google, §3).
 */
import type { Random } from '../random.js';
import type { Design } from './design.js';
import type { FitSpec } from './regression.js';
import { accumulateGram, allColumns, columnVariance, columnVariances, penalisedMask, replaceColumn, solveFromGram } from './regression.js';
import type { Candidate, PriorSettings } from './search.js';
import { channelHyperPrior, DECAY_GRID, HALF_SATURATION_GRID, mediaColumn, SHAPE_GRID, specFor } from './search.js';
import { sum } from './summarise.js';
import type { ChannelHyper } from './transform.js';

export interface ChannelPosterior {
  options: ChannelHyper[];
  media: Float64Array[];
  /** Cumulative normalised weights, in option order. */
  cumulative: number[];
  /** The channel's ROAS with each option (full-history fit). */
  roas: number[];
}

/**
 * Sum of squares + ridge + prior misfits at given coefficients (what `solveFromGram`
 * minimises), from the lower-triangular Gram: ‖y − Xb‖² = yᵀy − 2bᵀXᵀy + bᵀXᵀXb.
 */
export function penalisedObjectiveFromGram(spec: FitSpec, b: Float64Array, gLower: Float64Array, xty: Float64Array, yty: number, variances: Float64Array): number {
  const p = b.length;
  let objective = yty;
  for (let i = 0; i < p; i++) {
    objective -= 2 * b[i] * xty[i];
    for (let j = 0; j < i; j++) objective += 2 * b[i] * b[j] * gLower[i * p + j];
    objective += b[i] * b[i] * gLower[i * p + i];
  }
  const penalised = penalisedMask(spec);
  for (let j = 0; j < p; j++) if (penalised[j]) objective += spec.lambda * spec.design.n * variances[j] * (b[j] - (spec.ridgeCentre?.[j] ?? 0)) ** 2;
  const f = spec.design.fixed.length;
  for (const prior of spec.priors ?? []) objective += prior.weight * (b[f + prior.channel] * prior.columnSum - prior.target) ** 2;
  return Math.max(0, objective);
}

function gridFor(selected: ChannelHyper, thin: boolean): ChannelHyper[] {
  // Thin data: one shared decay and shape 1 were chosen; only the half-saturation varies per channel.
  if (thin) return HALF_SATURATION_GRID.map((halfSaturationRatio) => ({ ...selected, halfSaturationRatio }));
  const grid: ChannelHyper[] = [];
  for (const decay of DECAY_GRID) for (const halfSaturationRatio of HALF_SATURATION_GRID) for (const shape of SHAPE_GRID) grid.push({ decay, halfSaturationRatio, shape });
  return grid;
}

export function channelPosteriors(design: Design, best: Candidate, settings: PriorSettings, thin: boolean, noiseVariance?: number): ChannelPosterior[] {
  const baseMedia = design.spend.map((s, c) => mediaColumn(s, best.hypers[c]));
  const baseSpec = specFor(design, best, settings, baseMedia);
  const columns = allColumns(baseSpec);
  const p = columns.length;
  const f = design.fixed.length;
  const { n, y } = design;
  // One Gram for the whole history; each option swaps one column in (O(n·p), not O(n·p²)).
  const gram = new Float64Array(p * p);
  const xty = new Float64Array(p);
  accumulateGram(columns, y, null, 0, n, gram, xty);
  let yty = 0;
  for (let t = 0; t < n; t++) yty += y[t] * y[t];
  const variances = columnVariances(columns, n);
  const objectiveOf = (spec: FitSpec, g: Float64Array, c: Float64Array, v: Float64Array) => {
    const coefficients = solveFromGram(spec, g, c, n, v);
    return { coefficients, objective: penalisedObjectiveFromGram(spec, coefficients, g, c, yty, v) };
  };
  const base = objectiveOf(baseSpec, gram, xty, variances);
  const sigma2 = Math.max(noiseVariance ?? base.objective / Math.max(1, n - p), 1e-12);
  return design.spend.map((spend, c) => {
    const options = gridFor(best.hypers[c], thin);
    const media: Float64Array[] = [];
    const logWeights: number[] = [];
    const roas: number[] = [];
    const spendTotal = sum(spend);
    for (const option of options) {
      const column = mediaColumn(spend, option);
      const trialMedia = baseMedia.slice();
      trialMedia[c] = column;
      const spec = specFor(design, { hypers: best.hypers, lambda: best.lambda }, settings, trialMedia);
      const trialColumns = columns.slice();
      trialColumns[f + c] = column;
      const g = Float64Array.from(gram);
      const xy = Float64Array.from(xty);
      replaceColumn(trialColumns, f + c, y, null, g, xy);
      const v = Float64Array.from(variances);
      v[f + c] = columnVariance(column, n);
      const trial = objectiveOf(spec, g, xy, v);
      roas.push(spendTotal > 0 ? (trial.coefficients[f + c] * sum(column) * design.yScale) / spendTotal : 0);
      media.push(column);
      logWeights.push(-trial.objective / (2 * sigma2) - channelHyperPrior(option));
    }
    const top = Math.max(...logWeights);
    let total = 0;
    const cumulative = logWeights.map((w) => (total += Math.exp(w - top)));
    return { options, media, cumulative: cumulative.map((w) => w / total), roas };
  });
}

/** One option index per channel, drawn from its posterior. */
export function drawChannelHypers(posteriors: readonly ChannelPosterior[], random: Random): number[] {
  return posteriors.map((posterior) => {
    const u = random();
    const i = posterior.cumulative.findIndex((w) => u <= w);
    return i < 0 ? posterior.options.length - 1 : i;
  });
}

/** The option whose ROAS is the posterior median of the channel's ROAS (the Bayes estimate under absolute error). */
export function medianRoasOption(posterior: ChannelPosterior): ChannelHyper {
  const weights = posterior.cumulative.map((w, i) => w - (i ? posterior.cumulative[i - 1] : 0));
  const order = posterior.roas.map((_, i) => i).sort((a, b) => posterior.roas[a] - posterior.roas[b] || a - b);
  let mass = 0;
  for (const i of order) {
    mass += weights[i];
    if (mass >= 0.5) return posterior.options[i];
  }
  return posterior.options[order[order.length - 1]];
}
