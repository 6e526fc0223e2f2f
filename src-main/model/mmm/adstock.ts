/**
 * Carry-over (adstock) of weekly spend: part of this week's advertising still works next
 * week. Both forms carry spend forward only (an effect never precedes its spend) and start
 * from zero before the first week, as Robyn and Jin et al. (2017) do.
 *
 * References: Jin, Wang, Sun, Chan & Koehler (2017), "Bayesian methods for media mix
 * modeling with carryover and shape effects", Google, §2.1 (geometric and delayed decay);
 * Robyn's `adstock_geometric` and `adstock_weibull` (Meta, docs "Adstock").
 */

/**
 * Geometric adstock, x_t = s_t + θ·x_{t−1} (not normalised: a steady weekly spend s
 * settles at s / (1 − θ)).
 * @example geometricAdstock([100, 0, 0], 0.5) → [100, 50, 25]
 */
export function geometricAdstock(spend: ArrayLike<number>, decay: number, out: Float64Array = new Float64Array(spend.length)): Float64Array {
  if (!(decay >= 0 && decay < 1)) throw new RangeError(`adstock decay must be in [0, 1), got ${decay}`);
  let carried = 0;
  for (let t = 0; t < spend.length; t++) {
    carried = spend[t] + decay * carried;
    out[t] = carried;
  }
  return out;
}

/** The level a steady weekly spend of 1 settles at under geometric adstock: 1 / (1 − θ). */
export function geometricSteadyGain(decay: number): number {
  return 1 / (1 - decay);
}

/**
 * Lag weights of the Weibull-PDF adstock (Robyn's `adstock_weibull`, type "pdf"): weight of
 * lag ℓ ∝ the Weibull(shape k, scale λ·maxLag) density at ℓ + 1, scaled so the largest
 * weight is 1. A shape above 1 delays the peak (TV, outdoor); below 1 it decays at once.
 */
export function weibullLagWeights(shape: number, scale: number, maxLag: number): Float64Array {
  if (!(shape > 0 && scale > 0 && maxLag >= 1)) throw new RangeError('weibull adstock needs shape > 0, scale > 0, maxLag ≥ 1');
  const lambda = scale * maxLag;
  const weights = new Float64Array(maxLag);
  let peak = 0;
  for (let lag = 0; lag < maxLag; lag++) {
    const x = (lag + 1) / lambda;
    const density = (shape / lambda) * Math.pow(x, shape - 1) * Math.exp(-Math.pow(x, shape));
    weights[lag] = density;
    if (density > peak) peak = density;
  }
  if (peak > 0) for (let lag = 0; lag < maxLag; lag++) weights[lag] /= peak;
  return weights;
}

/**
 * Delayed (Weibull) adstock: x_t = Σ_ℓ w_ℓ · s_{t−ℓ} with the weights above.
 * @example weibullAdstock([1, 0, 0], 2, 0.5, 3) → the weights themselves
 */
export function weibullAdstock(spend: ArrayLike<number>, shape: number, scale: number, maxLag: number): Float64Array {
  const weights = weibullLagWeights(shape, scale, maxLag);
  const out = new Float64Array(spend.length);
  for (let t = 0; t < spend.length; t++) {
    let sum = 0;
    for (let lag = 0; lag < maxLag && lag <= t; lag++) sum += weights[lag] * spend[t - lag];
    out[t] = sum;
  }
  return out;
}
