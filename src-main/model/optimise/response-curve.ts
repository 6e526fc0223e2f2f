/**
 * A channel's weekly response at a steady weekly spend s: β · hill(s / (1 − θ)) — the
 * level geometric adstock settles at, then saturation (Jin et al. 2017, §4 "optimal media
 * mix" uses the same steady-state response). Concave for Hill shape ≤ 1; S-shaped above,
 * convex up to the inflection point and concave after it.
 */
import { geometricSteadyGain } from '../mmm/adstock.js';
import { hill, hillDerivative, hillInflection } from '../mmm/hill.js';
import type { ChannelCurve } from '../mmm/types.js';

export function weeklyResponse(curve: ChannelCurve, spend: number): number {
  return curve.beta * hill(spend * geometricSteadyGain(curve.decay), curve.halfSaturation, curve.shape);
}

/** d response / d spend: the marginal ROAS at this weekly spend. */
export function marginalResponse(curve: ChannelCurve, spend: number): number {
  const gain = geometricSteadyGain(curve.decay);
  return curve.beta * gain * hillDerivative(spend * gain, curve.halfSaturation, curve.shape);
}

/** Weekly spend at the inflection of an S-shaped curve (0 when concave). */
export function inflectionSpend(curve: ChannelCurve): number {
  return hillInflection(curve.halfSaturation, curve.shape) / geometricSteadyGain(curve.decay);
}
