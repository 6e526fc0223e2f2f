/**
 * What each goal and KPI measures and how it reads: its unit, which way is better, how
 * a value is written and typed in. Spelled out here (checked against the contract's
 * types) so the page does not bundle the zod schemas of src-shared/goals.ts.
 */
import type { KpiKey } from '@shared/dashboard.js';
import type { GoalType } from '@shared/goals.js';
import { count, money, percent, signedPercent, times } from '@shared/figures.js';

export type MeasureUnit = 'count' | 'money' | 'percent' | 'multiple';

/** The dashboard KPI that measures each goal type (same definition, same period rules). */
export const GOAL_KPI: Readonly<Record<GoalType, KpiKey>> = {
  revenue: 'revenue',
  'new-customers': 'newCustomers',
  'repeat-rate': 'repeatRate',
  roi: 'roi',
  roas: 'roas',
  cac: 'cac',
  'positive-share': 'positiveShare',
  'net-sentiment': 'netSentiment',
};

/** Goal types in the order the wizard offers them (most asked-for first). */
export const GOAL_TYPE_ORDER = Object.keys(GOAL_KPI) as GoalType[];

export const KPI_UNIT: Readonly<Record<KpiKey, MeasureUnit>> = {
  spend: 'money',
  revenue: 'money',
  roi: 'percent',
  roas: 'multiple',
  cac: 'money',
  newCustomers: 'count',
  repeatRate: 'percent',
  positiveShare: 'percent',
  netSentiment: 'percent',
};

export const KPI_ORDER = Object.keys(KPI_UNIT) as KpiKey[];

/** Which way a change is good news: spend is neither (more spend is a choice, not a result). */
export const KPI_DIRECTION: Readonly<Record<KpiKey, 'higher' | 'lower' | 'neutral'>> = {
  spend: 'neutral',
  revenue: 'higher',
  roi: 'higher',
  roas: 'higher',
  cac: 'lower',
  newCustomers: 'higher',
  repeatRate: 'higher',
  positiveShare: 'higher',
  netSentiment: 'higher',
};

export function goalUnit(type: GoalType): MeasureUnit {
  return KPI_UNIT[GOAL_KPI[type]];
}

export function goalDirection(type: GoalType): 'higher' | 'lower' {
  return KPI_DIRECTION[GOAL_KPI[type]] === 'lower' ? 'lower' : 'higher';
}

type NumberFormat = (value: number, digits?: number) => string;

/** A measure as the page shows it; "—" when it cannot be computed (never NaN or ∞). */
export function formatMeasure(unit: MeasureUnit, value: number | null | undefined, number: NumberFormat): string {
  switch (unit) {
    case 'count':
      return count(number, value);
    case 'money':
      return money(number, value);
    case 'percent':
      return percent(number, value);
    case 'multiple':
      return times(number, value);
  }
}

/** The number a user types for a stored value: shares and ROI are typed in percent. */
export function toInputValue(unit: MeasureUnit, value: number): number {
  return unit === 'percent' ? round(value * 100, 4) : value;
}

export function fromInputValue(unit: MeasureUnit, typed: number): number {
  return unit === 'percent' ? typed / 100 : typed;
}

/** A relative change as "+12.3%" / "−4.0%" (a true minus sign), "—" when unknown. */
export function formatChange(change: number | null, number: NumberFormat): string {
  return signedPercent(number, change);
}

/** Whether a change reads as good, bad or neither news for this KPI. */
export function changeTone(key: KpiKey, change: number | null): 'better' | 'worse' | 'neutral' {
  const direction = KPI_DIRECTION[key];
  if (change === null || change === 0 || direction === 'neutral') return 'neutral';
  return (change > 0) === (direction === 'higher') ? 'better' : 'worse';
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
