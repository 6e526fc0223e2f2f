/**
 * One channel's media response: adstock first, then saturation (Jin et al. 2017, §2.3:
 * carry-over is applied to spend before the shape, so a burst saturates as it accumulates;
 * Robyn orders them the same way). The half-saturation point is stored relative to the
 * channel's mean adstocked spend, so one search range fits channels of any size.
 */
import { geometricAdstock } from './adstock.js';
import { hillSeries } from './hill.js';

/** Hyper-parameters of one channel. */
export interface ChannelHyper {
  /** Geometric adstock decay θ in [0, 1). */
  decay: number;
  /** Half-saturation K as a multiple of the mean positive adstocked spend. */
  halfSaturationRatio: number;
  /** Hill shape S (> 1: S-shaped). */
  shape: number;
}

/** Mean of the positive values (1 when there are none: a channel that never spends stays at 0 anyway). */
export function meanPositive(values: ArrayLike<number>): number {
  let sum = 0;
  let count = 0;
  for (let t = 0; t < values.length; t++) {
    if (values[t] > 0) {
      sum += values[t];
      count++;
    }
  }
  return count ? sum / count : 1;
}

/** K in adstocked-spend units for a channel with this spend history. */
export function halfSaturationLevel(spend: ArrayLike<number>, hyper: ChannelHyper): number {
  return hyper.halfSaturationRatio * meanPositive(geometricAdstock(spend, hyper.decay));
}

/**
 * hill(adstock(spend)) with the half-saturation K given in adstock units.
 * @example mediaResponse([2, 0], { decay: 0.5 }, K = 2, S = 1) → [0.5, 1/3]
 */
export function mediaResponse(spend: ArrayLike<number>, decay: number, halfSaturation: number, shape: number): Float64Array {
  const adstocked = geometricAdstock(spend, decay);
  return hillSeries(adstocked, halfSaturation, shape, adstocked);
}
