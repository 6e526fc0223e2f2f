/**
 * Hill saturation: diminishing (shape ≤ 1) or S-shaped (shape > 1) response of adstocked
 * spend, hill(x) = x^S / (x^S + K^S) in [0, 1), with K the half-saturation point.
 *
 * References: Jin et al. (2017), §2.2, eq. (3) (the Hill function from pharmacology);
 * Robyn's `saturation_hill` (alpha = shape, gamma → inflexion = K).
 */

/** hill(x) = x^S / (x^S + K^S); 0 for x ≤ 0. @example hill(2, 2, 1) → 0.5 */
export function hill(x: number, halfSaturation: number, shape: number): number {
  if (x <= 0) return 0;
  // Written as 1 / (1 + (K/x)^S): no overflow for large x.
  return 1 / (1 + Math.pow(halfSaturation / x, shape));
}

/** d hill / dx = S·x^(S−1)·K^S / (x^S + K^S)² (0 at x = 0 unless S < 1, where it is +∞, reported as a large finite). */
export function hillDerivative(x: number, halfSaturation: number, shape: number): number {
  if (x <= 0) return shape < 1 ? Number.MAX_VALUE : shape === 1 ? 1 / halfSaturation : 0;
  const h = hill(x, halfSaturation, shape);
  return (shape * h * (1 - h)) / x;
}

/**
 * Where an S-shaped Hill curve turns from convex to concave: K·((S − 1)/(S + 1))^(1/S);
 * 0 for S ≤ 1 (concave everywhere). Beyond this point the marginal response falls, which
 * is what makes water-filling on marginal ROAS exact there.
 */
export function hillInflection(halfSaturation: number, shape: number): number {
  return shape <= 1 ? 0 : halfSaturation * Math.pow((shape - 1) / (shape + 1), 1 / shape);
}

/** hill applied to a series. */
export function hillSeries(values: ArrayLike<number>, halfSaturation: number, shape: number, out: Float64Array = new Float64Array(values.length)): Float64Array {
  for (let t = 0; t < values.length; t++) out[t] = hill(values[t], halfSaturation, shape);
  return out;
}
