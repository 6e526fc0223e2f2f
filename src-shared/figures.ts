/**
 * Figures as the screens and the report show them: an undefined figure (zero spend, no
 * conversions, a JSON null where the engine had no number) reads as "—", never NaN or
 * Infinity. Each side brings its own number format (locale, digits); the rules are here.
 */
export const DASH = '—';

type NumberFormat = (value: number, digits?: number) => string;

export function isFigure(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Decimals of an amount of money: whole units from 100 up and for whole amounts, cents below (a CPA of 4.37 matters). */
export function moneyDigits(value: number): 0 | 2 {
  return Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 2;
}

/** Money without its currency sign (tables head their column with it). */
export function money(format: NumberFormat, value: number | null | undefined): string {
  if (!isFigure(value)) return DASH;
  return format(value, moneyDigits(value));
}

export function count(format: NumberFormat, value: number | null | undefined, digits = 0): string {
  return isFigure(value) ? format(value, digits) : DASH;
}

/** A ratio as "3.39×" (ROAS). */
export function times(format: NumberFormat, value: number | null | undefined): string {
  return isFigure(value) ? `${format(value, 2)}×` : DASH;
}

/** A fraction as a percentage ("0.2394" → "23.9%"). */
export function percent(format: NumberFormat, fraction: number | null | undefined, digits = 1): string {
  return isFigure(fraction) ? `${format(fraction * 100, digits)}%` : DASH;
}

/** A signed figure with its sign ("+26,916", "−7,100"). */
export function signed(format: NumberFormat, value: number | null | undefined, digits = 0): string {
  if (!isFigure(value)) return DASH;
  const text = format(Math.abs(value), digits);
  if (text === format(0, digits)) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A signed fraction as a percentage ("+30%", "−2.4%"). */
export function signedPercent(format: NumberFormat, fraction: number | null | undefined, digits = 1): string {
  return isFigure(fraction) ? `${signed(format, fraction * 100, digits)}%` : DASH;
}
