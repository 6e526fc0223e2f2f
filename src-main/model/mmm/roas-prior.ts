/**
 * Shrinkage toward a common ROAS: each channel's ROAS gets a Gaussian prior centred on the
 * pooled ROAS of all media (total media contribution / total spend), with a sd of 0.6 × that
 * ROAS in the point fit (1 × in the intervals' replicates). A channel the data say little
 * about is pulled toward what the media earn on average, not toward zero (the plain ridge's pull, which silently zeroes weak channels:
 * Robyn #675, #1225). Meridian puts its priors on ROI for the same reason (its docs, "ROI
 * priors": a prior on the coefficient is an unknown prior on ROI); here the centre comes
 * from the data (empirical Bayes) because a small shop has no benchmark to give.
 *
 * The prior is a statement about the whole history's contribution, β · Σ_t media_t =
 * ROAS · spend, so it enters exactly like a lift test over all weeks (regression.ts).
 *
 * Its sd in the point fit: 0.6 × the pooled ROAS. Measured on the long worlds (≥ 104 weeks)
 * of seeds 241–600 (test/helpers/mmm-recovery.ts, ROAS drawn in 0.5–5; 1,003 channel-worlds
 * that nothing else was tuned on): median ROAS error 22.2 % at 1 ×, 21.1 % at 0.6 ×, 24.4 %
 * at 1.6 ×; centred on the channels' geometric-mean ROAS instead 21.6 %, on their median
 * 23.6 %. Then, once, on 120 fresh seeds (121–240, used for nothing else): 24.5 % → 21.2 %.
 * Why a firmer pull helps: the curve the data allow for one channel is wide, and the pooled
 * ROAS is what all the channels together pin well. The intervals keep 1 × (before each
 * replicate's drawn spread, posterior-draw.ts): 0.6 × there took the demo's Email (true
 * ROAS 2.0 against a pooled 0.8) and WeChat out of their intervals; the sd is an
 * empirical-Bayes guess, and the point and the intervals answer different questions (the
 * likeliest value; every value the data do not rule out).
 */
import type { Design } from './design.js';
import type { ContributionPrior } from './regression.js';
import { sum } from './summarise.js';

export const COMMON_ROAS_RELATIVE_SD = 0.6;

/**
 * A published prior on every channel's ROAS, chosen outside our data: Google Meridian's
 * default ROI prior for paid media, ROI ~ LogNormal(μ 0.2, σ 0.9) (developers.google.com/
 * meridian/docs/basics/default-prior-distributions: mean 1.83, median 1.22, 80 % between 0.5
 * and 6.0). The ridge takes Gaussian priors, so it enters with the log-normal's own mean and
 * sd (1.83 ± 2.04), beside the pooled-ROAS prior, not in place of it. Taken as published,
 * untuned. Chosen on the long worlds of seeds 241–600 (point estimate): median ROAS error
 * 21.1 % → 19.9 % (in place of the pooled prior: 20.4 %); then once, fresh seeds 121–240
 * 21.2 % → 19.4 %, and seeds 1–120 20.1 % → 19.7 % (test/model/mmm-recovery.fuzz.test.ts).
 *
 * In the point estimate only (its curves and coefficients), like the pooled prior's firmer
 * sd: the intervals' replicates, their curves' posterior included, leave it out (fit.ts),
 * so they say what the data and the loose priors do not rule out. Drawn there from its own
 * sd, it moved every interval toward 1.83: the demo's channels earn 0.83 together, and their
 * interval's lower end rose from 0.820 to 0.837, past the truth; on fresh seeds the lowest
 * channel was found in 87.5 % of the worlds that have one (92.5 % without it). Fixed there
 * (not drawn), the demo's channels no longer reached zero and read as separately measured.
 */
export const PUBLISHED_ROAS_LOG_MEAN = 0.2;
export const PUBLISHED_ROAS_LOG_SD = 0.9;
const PUBLISHED_ROAS_MEAN = Math.exp(PUBLISHED_ROAS_LOG_MEAN + PUBLISHED_ROAS_LOG_SD ** 2 / 2);
const PUBLISHED_ROAS_SD = PUBLISHED_ROAS_MEAN * Math.sqrt(Math.exp(PUBLISHED_ROAS_LOG_SD ** 2) - 1);
/** The same prior's sd in the intervals' replicates, before their drawn spread (posterior-draw.ts). */
export const INTERVAL_ROAS_RELATIVE_SD = 1;

export interface CommonRoas {
  /** Pooled ROAS of all media. */
  roas: number;
  /** Residual sd (scaled units) the prior is weighed against. */
  sigma: number;
  relativeSd: number;
  /** With the published prior too: the point estimate's settings (fit.ts), not the intervals'. */
  published?: boolean;
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

/** The published prior (above) on each channel that spends, weighed against the residual sd `sigma`. */
export function publishedRoasPriors(design: Design, media: readonly Float64Array[], sigma: number): ContributionPrior[] {
  if (!(sigma > 0)) return [];
  const priors: ContributionPrior[] = [];
  media.forEach((column, channel) => {
    const spend = sum(design.spend[channel]);
    if (spend <= 0) return;
    const target = (PUBLISHED_ROAS_MEAN * spend) / design.yScale;
    const sd = (PUBLISHED_ROAS_SD * spend) / design.yScale;
    priors.push({ source: 'publishedRoas', channel, columnSum: sum(column), target, weight: (sigma * sigma) / (sd * sd), sd });
  });
  return priors;
}

/**
 * The published prior on each channel that spends, then one toward the pooled ROAS (none
 * when the pooled ROAS is not positive: no media effect to centre on).
 */
export function commonRoasPriors(design: Design, media: readonly Float64Array[], common: CommonRoas): ContributionPrior[] {
  const priors = common.published ? publishedRoasPriors(design, media, common.sigma) : [];
  if (!(common.roas > 0) || !(common.sigma > 0)) return priors;
  media.forEach((column, channel) => {
    const spend = sum(design.spend[channel]);
    if (spend <= 0) return;
    const target = (common.roas * spend) / design.yScale;
    const sd = common.relativeSd * target;
    priors.push({ source: 'pooledRoas', channel, columnSum: sum(column), target, weight: (common.sigma * common.sigma) / (sd * sd), sd });
  });
  return priors;
}
