/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real z < 1, as needed by the
 * BG/NBD expectations (Fader, Hardie & Lee 2005, eq. 9–10).
 *
 * Definition (Abramowitz & Stegun 15.1.1): Σ_n (a)_n (b)_n / ((c)_n n!) zⁿ, |z| < 1.
 * Transformations used to keep the series short and free of cancellation:
 * - z < −1/2: Pfaff, A&S 15.3.4: 2F1(a,b;c;z) = (1−z)^(−a) 2F1(a, c−b; c; z/(z−1)),
 *   which maps z into (1/3, 1).
 * - 0 < z < 1 and c < a + b: Euler, A&S 15.3.3: 2F1(a,b;c;z) =
 *   (1−z)^(c−a−b) 2F1(c−a, c−b; c; z), whose terms behave like n^(c−a−b−1) zⁿ instead
 *   of n^(a+b−c−1) zⁿ: near z = 1 the faster-decaying side is summed.
 */

const MAX_TERMS = 2_000_000;
const RELATIVE_TOLERANCE = 1e-16;

/**
 * Direct power series, for |z| < 1. Stops once the remaining tail, bounded by a
 * geometric series with ratio |z| once past the hump of the terms, is negligible.
 */
export function hypergeometricSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  const hump = Math.abs(a) + Math.abs(b) + Math.abs(c) + 1;
  const tailFactor = 1 / (1 - Math.abs(z));
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (term === 0) break;
    if (n > hump && Math.abs(term) * tailFactor <= RELATIVE_TOLERANCE * Math.abs(sum)) break;
  }
  return sum;
}

/**
 * 2F1(a, b; c; z) for real z < 1 and c not a non-positive integer.
 *
 * @example hypergeometric2F1(1, 1, 2, 0.5) // −ln(1 − 0.5)/0.5 = 1.3862943611198906
 */
export function hypergeometric2F1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1)) return NaN;
  if (c <= 0 && Number.isInteger(c)) return NaN;
  if (z === 0) return 1;
  if (z < -0.5) {
    const w = z / (z - 1);
    return Math.pow(1 - z, -a) * hypergeometric2F1(a, c - b, c, w);
  }
  if (z > 0 && c < a + b) {
    return Math.pow(1 - z, c - a - b) * hypergeometricSeries(c - a, c - b, c, z);
  }
  return hypergeometricSeries(a, b, c, z);
}
