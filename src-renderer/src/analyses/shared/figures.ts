/**
 * Figures as the results show them: an undefined figure (zero spend, no conversions, a
 * JSON null where the engine had no number) reads as "—", never NaN or Infinity.
 */
export const DASH = '—';

type NumberFormat = (value: number, digits?: number) => string;

export function isFigure(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Money and counts: whole units from 100 up, cents below (a CPA of 4.37 matters). */
export function money(format: NumberFormat, value: number | null | undefined): string {
  if (!isFigure(value)) return DASH;
  return format(value, Math.abs(value) >= 100 ? 0 : 2);
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
