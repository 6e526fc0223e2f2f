/**
 * Uncertainty by the moving-block bootstrap over weeks (Künsch 1989, "The jackknife and the
 * bootstrap for general stationary observations", Ann. Statist. 17(3); Lahiri 2003,
 * "Resampling Methods for Dependent Data", ch. 2). Blocks of consecutive weeks are drawn
 * with replacement until the history is covered; each replicate refits the coefficients
 * with curves drawn from their posterior (hyper-posterior.ts; the media columns are built
 * on the whole, unbroken history, so adstock is never cut at a block edge). Every reported
 * number is recomputed per replicate; its 90 % interval is the 5th–95th percentile.
 * Blocks keep the weeks' autocorrelation that an ordinary bootstrap would destroy.
 */
import type { Random } from '../random.js';

/** Block length ≈ n^(1/3), at least 4 weeks (Lahiri 2003, §7.2: the MSE-optimal order). */
export function blockLength(n: number): number {
  return Math.max(4, Math.round(Math.cbrt(n)));
}

/** How many times each week enters one replicate (the weights of a weighted refit). */
export function movingBlockWeights(n: number, random: Random, length = blockLength(n)): Float64Array {
  const weights = new Float64Array(n);
  const starts = Math.max(1, n - length + 1);
  let filled = 0;
  while (filled < n) {
    const start = Math.floor(random() * starts);
    for (let t = start; t < start + length && filled < n; t++, filled++) weights[t] += 1;
  }
  return weights;
}
