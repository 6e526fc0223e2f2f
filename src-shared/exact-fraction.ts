/**
 * Exact threshold arithmetic. The basket design: "thresholds compared on integer counts (support ≥ s
 * means count ≥ ceil(s·N)), confidence compared exactly (count ratio), not on rounded floats".
 *
 * A threshold is read as the decimal it prints as: JavaScript's shortest round-trip string
 * (ECMA-262 Number::toString), which is what the user typed or the JSON held. So 0.07 means
 * 7/100 exactly, and 0.07 of 100 transactions is 7, whereas the float product 0.07·100 is
 * 7.000000000000001 and its ceiling 8. Reading the double's exact binary value instead would
 * not help: 0.1 is stored as 0.1000000000000000055…, and 0.1 of 10 would then need 2.
 * Consequences worth knowing: 2/3 prints as 0.6666666666666666 (just below 2/3), so a rule
 * with 2 successes out of 3 meets minConfidence = 2/3; but 5/3 prints as 1.6666666666666667
 * (just above), so a lift of exactly 5/3 misses minLift = 5/3; 0.1 + 0.2 prints as
 * 0.30000000000000004 and is taken as that, just above 0.3. Thresholds typed as decimals
 * mean exactly what they say.
 * The arithmetic is BigInt, so no product is ever rounded.
 */

/** A non-negative decimal as numerator / 10^k (or an integer when denominator is 1). */
export interface ExactDecimal {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * The exact rational value of the shortest decimal that prints as `x`.
 *
 * @example exactDecimal(0.07) // { numerator: 7n, denominator: 100n }
 * @example exactDecimal(1.5e-7) // { numerator: 15n, denominator: 100000000n }
 */
export function exactDecimal(x: number): ExactDecimal {
  const match = Number.isFinite(x) && x >= 0 ? DECIMAL.exec(String(x)) : null;
  if (match === null) throw new RangeError(`exactDecimal requires a finite non-negative number, got ${x}`);
  const [, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(whole + fraction);
  if (exponent >= 0) return { numerator: digits * 10n ** BigInt(exponent), denominator: 1n };
  return { numerator: digits, denominator: 10n ** BigInt(-exponent) };
}

/**
 * The least integer count c with c ≥ fraction·total, exactly: ceil(fraction·total).
 * `total` must be a non-negative safe integer (a count).
 *
 * @example minimumCount(0.07, 100) // 7 (Math.ceil(0.07 * 100) is 8)
 * @example minimumCount(0.3, 10) // 3
 */
export function minimumCount(fraction: number, total: number): number {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`minimumCount requires a non-negative integer total, got ${total}`);
  const { numerator, denominator } = exactDecimal(fraction);
  const product = numerator * BigInt(total);
  return Number((product + denominator - 1n) / denominator);
}

/**
 * Whether a/b ≥ threshold exactly, for non-negative safe integers a and b > 0 (a lift
 * a = count·N over b = count(X)·count(Y), say; their products may exceed 2^53, so they are
 * passed as factors and multiplied in BigInt).
 *
 * The double quotient is within a few ulps of the true ratio, so when it clears the
 * threshold by a relative 1e-12 either way the answer is certain and BigInt is skipped;
 * only near-ties are settled exactly — no tolerance decides anything.
 */
export function ratioAtLeast(aFactors: readonly number[], bFactors: readonly number[], threshold: number): boolean {
  let a = 1;
  let b = 1;
  for (const f of aFactors) a *= f;
  for (const f of bFactors) b *= f;
  const ratio = a / b;
  if (ratio > threshold * (1 + 1e-12)) return true;
  if (ratio < threshold * (1 - 1e-12)) return false;
  const { numerator, denominator } = exactDecimal(threshold);
  let exactA = denominator;
  let exactB = numerator;
  for (const f of aFactors) exactA *= BigInt(f);
  for (const f of bFactors) exactB *= BigInt(f);
  return exactA >= exactB;
}
