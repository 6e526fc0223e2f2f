/**
 * Time in the demo. Every timestamp is China wall-clock time (UTC+8) stored as epoch
 * milliseconds of that wall clock read as UTC ("naive" time): formatting with the UTC
 * getters prints exactly what a Chinese export shows, on any machine's time zone.
 */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** Parses `YYYY-MM-DD` to the naive midnight; throws on anything else. */
export function parseIsoDate(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`Demo start date must look like 2025-01-01, got "${text}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (isoDate(ms) !== text) throw new RangeError(`Demo start date "${text}" is not a calendar date`);
  return ms;
}

export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `2025-01-03` */
export function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** `2025/1/3`, the way Chinese Excel shows a date. */
export function slashDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

/** `2025-01-03 20:15:07` */
export function isoDateTime(ms: number): string {
  const d = new Date(ms);
  return `${isoDate(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Relative traffic by day of week (Sunday first): weekends shop more. */
export const WEEKDAY_MULTIPLIER: readonly number[] = [1.08, 0.9, 0.94, 0.96, 1.0, 1.04, 1.12];

/** Relative activity by hour of day (China e-commerce peaks 20:00–22:00). */
export const HOUR_WEIGHTS: readonly number[] = [
  3, 2, 1, 0.5, 0.5, 0.5, 1, 2, 3, 4, 4, 4, 5, 4, 4, 4, 4, 4, 5, 6, 8, 9, 7, 5,
];

export interface Promo {
  readonly name: string;
  readonly nameEn: string;
  /** First and last day of the campaign window and its peak day (ISO dates). */
  readonly start: string;
  readonly peak: string;
  readonly end: string;
  /** Spend multiplier on the peak day; it decays by e every `decayDays` away from it. */
  readonly peakMultiplier: number;
  readonly decayDays: number;
  /** Campaign name prefix used in the spend report during the window ('' for dips). */
  readonly campaign: string;
}

// Spring Festival moves with the lunar calendar; outside these years the dip is omitted.
const SPRING_FESTIVAL: Readonly<Record<number, string>> = { 2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06' };

/** The shopping festivals (618, Double 11) and the Spring Festival lull of each year in range. */
export function promosBetween(startMs: number, endMs: number): Promo[] {
  const first = new Date(startMs).getUTCFullYear();
  const last = new Date(endMs - 1).getUTCFullYear();
  const out: Promo[] = [];
  const shift = (iso: string, days: number): string => isoDate(parseIsoDate(iso) + days * DAY_MS);
  for (let y = first; y <= last; y++) {
    const sf = SPRING_FESTIVAL[y];
    if (sf) {
      const peak = `${y}-${sf}`;
      out.push({ name: '春节', nameEn: 'Spring Festival lull', start: shift(peak, -6), peak, end: shift(peak, 6), peakMultiplier: 0.55, decayDays: 4, campaign: '' });
    }
    out.push({ name: '618', nameEn: '618 mid-year festival', start: `${y}-05-25`, peak: `${y}-06-18`, end: `${y}-06-20`, peakMultiplier: 3.5, decayDays: 5, campaign: '618大促' });
    out.push({ name: '双11', nameEn: 'Double 11 (Singles Day)', start: `${y}-10-20`, peak: `${y}-11-11`, end: `${y}-11-13`, peakMultiplier: 4.5, decayDays: 6, campaign: '双11大促' });
  }
  return out.filter((p) => parseIsoDate(p.end) >= startMs && parseIsoDate(p.start) < endMs);
}

/** The promo whose window contains this day, if any. */
export function promoOn(dayMs: number, promos: readonly Promo[]): Promo | undefined {
  return promos.find((p) => dayMs >= parseIsoDate(p.start) && dayMs <= parseIsoDate(p.end));
}

/**
 * Seasonal multiplier of a day: 1 + (peak − 1)·exp(−|day − peak| / decay) inside a
 * festival window (a lull when peak < 1), times the weekday profile.
 */
export function dayMultiplier(dayMs: number, promos: readonly Promo[]): number {
  const weekday = WEEKDAY_MULTIPLIER[new Date(dayMs).getUTCDay()];
  const promo = promoOn(dayMs, promos);
  if (!promo) return weekday;
  const distance = Math.abs(dayMs - parseIsoDate(promo.peak)) / DAY_MS;
  return weekday * (1 + (promo.peakMultiplier - 1) * Math.exp(-distance / promo.decayDays));
}
