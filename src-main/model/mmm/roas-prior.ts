/**
 * Shrinkage toward a common ROAS: each channel's ROAS gets a Gaussian prior centred on the
 * pooled ROAS of all media (total media contribution / total spend), with a sd of half that
 * ROAS. A channel the data say little about is pulled toward what the media earn on
 * average, not toward zero (the plain ridge's pull, which silently zeroes weak channels:
 * Robyn #675, #1225). Meridian puts its priors on ROI for the same reason (its docs, "ROI
 * priors": a prior on the coefficient is an unknown prior on ROI); here the centre comes
 * from the data (empirical Bayes) because a small shop has no benchmark to give.
 *
 * The prior is a statement about the whole history's contribution, β · Σ_t media_t =
 * ROAS · spend, so it enters exactly like a lift test over all weeks (regression.ts).
 *
 * Measured over 60 simulated worlds (test/helpers/mmm-recovery.ts, ROAS drawn in 0.5–5):
 * without it the median ROAS error from 104 weeks was 26 %, with a sd of 1 × the pooled
 * ROAS 20 % (0.75 ×: 20 %, 1.5 ×: 21 %, 0.5 ×: 21 % with coverage down to 80 %); the
 * lowest-ROAS channel was found in 55 % → 62 % of worlds.
 */
import type { Design } from './design.js';
import type { ContributionPrior } from './regression.js';
import { sum } from './summarise.js';

export const COMMON_ROAS_RELATIVE_SD = 1;

export interface CommonRoas {
  /** Pooled ROAS of all media. */
  roas: number;
  /** Residual sd (scaled units) the prior is weighed against. */
  sigma: number;
  relativeSd: number;
}

/** Total media contribution over total spend for a coefficient vector (revenue units). */
export function pooledRoas(design: Design, media: readonly Float64Array[], coefficients: Float64Array): number {
  const f = design.fixed.length;
  let contribution = 0;
  let spend = 0;
  media.forEach((column, c) => {
    contribution += coefficients[f + c] * sum(column) * design.yScale;
    spend += sum(design.spend[c]);
  });
  return spend > 0 ? contribution / spend : 0;
}

/** One prior per channel that spends; none when the pooled ROAS is not positive (no media effect to centre on). */
export function commonRoasPriors(design: Design, media: readonly Float64Array[], common: CommonRoas): ContributionPrior[] {
  if (!(common.roas > 0) || !(common.sigma > 0)) return [];
  const priors: ContributionPrior[] = [];
  media.forEach((column, channel) => {
    const spend = sum(design.spend[channel]);
    if (spend <= 0) return;
    const target = (common.roas * spend) / design.yScale;
    const sd = common.relativeSd * target;
    priors.push({ source: 'pooledRoas', channel, columnSum: sum(column), target, weight: (common.sigma * common.sigma) / (sd * sd), sd });
  });
  return priors;
}
