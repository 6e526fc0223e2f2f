/**
 * BG/NBD predictions (Fader, Hardie & Lee 2005):
 * - P(alive | x, t_x, T), eq. 12;
 * - E[Y(t) | x, t_x, T], the expected purchases in (T, T + t], eq. 10;
 * - E[X(t)], the unconditional expected purchases of a new customer in (0, t], eq. 9.
 *
 * Eq. 10 is (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; z)] · P(alive)
 * with z = t/(α+T+t). Evaluated literally it breaks down: the series in z converges slowly
 * near z = 1 with large x, and 1 − (…) cancels catastrophically as a → 1, where (a−1) in the
 * denominator also vanishes. Euler's transformation (A&S 15.3.3) turns the bracketed power
 * and 2F1 into G = (1−z)^(a−1) · 2F1(a+b−1−r, a−1; a+b+x−1; z). Writing ε = a − 1,
 * L = ln(1−z) and (ε)_n = ε·(a)_(n−1):
 *   G = e^(εL) (1 + ε S),  S = Σ_{n≥1} (a+b−1−r)_n (a)_(n−1) / ((a+b+x−1)_n n!) zⁿ,
 *   (1 − G)/ε = −[(e^(εL) − 1)/ε] − e^(εL) S,
 * which is exact, free of the 0/0 at a = 1, and whose series terms decay like
 * n^(a−2−r−x) zⁿ. Eq. 9 is the same expression with x = 0 and T = 0 and P(alive) = 1.
 */
import type { BgNbdParams } from './bgnbd.js';
import { expm1Ratio } from './special-functions.js';

const MAX_TERMS = 1_000_000;

/** P(alive | x, t_x, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)), FHL eq. 12. */
export function probabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))]:
 * the expected purchases in (T, T+t] of a customer known to be alive at T.
 */
export function expectedPurchasesIfAlive(params: BgNbdParams, x: number, T: number, t: number): number {
  if (!(t > 0)) return 0;
  const { r, alpha, a, b } = params;
  const c = a + b + x - 1;
  const z = t / (alpha + T + t);
  const logOneMinusZ = Math.log(alpha + T) - Math.log(alpha + T + t);
  const eps = a - 1;
  const bTerm = a + b - 1 - r;
  let term = (bTerm * z) / c;
  let series = term;
  const tailFactor = 1 / (1 - z);
  for (let n = 1; n < MAX_TERMS && term !== 0; n++) {
    term *= ((bTerm + n) * (a + n - 1) * z) / ((c + n) * (n + 1));
    series += term;
    if (n > Math.abs(bTerm) + a + 1 && Math.abs(term) * tailFactor <= 1e-16 * Math.abs(series)) break;
  }
  const oneMinusGOverEps = -expm1Ratio(eps, logOneMinusZ) - Math.exp(eps * logOneMinusZ) * series;
  return Math.max(0, c * oneMinusGOverEps);
}

/** E[Y(t) | x, t_x, T], FHL eq. 10: expected purchases in the next t time units. */
export function conditionalExpectedPurchases(params: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  return expectedPurchasesIfAlive(params, x, T, t) * probabilityAlive(params, x, tx, T);
}

/** E[X(t)], FHL eq. 9: expected repeat purchases of a new customer in (0, t]. */
export function unconditionalExpectedPurchases(params: BgNbdParams, t: number): number {
  return expectedPurchasesIfAlive(params, 0, 0, t);
}
