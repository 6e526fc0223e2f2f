/** The dashboard's ranges and the period each stands for (placed around the data's days). */
import { lastDays, lastWholeMonth, lastWholeQuarter, monthOf, quarterOf } from '@shared/periods.js';
import type { Period } from '@shared/periods.js';

/** Whole months and quarters compare like with like; day ranges end on the last day of data. */
export const DASHBOARD_RANGES = ['month', 'quarter', 'days-90', 'days-365', 'custom'] as const;
export type DashboardRange = (typeof DASHBOARD_RANGES)[number];

/**
 * The period a range stands for, given the data's last day (`anchor`) and first (`start`).
 * The last whole month or quarter, unless the data begins after it: a first month of orders
 * (2–29 March) then shows March so far, not an empty February.
 */
export function rangePeriod(range: Exclude<DashboardRange, 'custom'>, anchor: string, start: string | null = null): Period {
  const soFar = (current: Period, whole: Period): Period => (start !== null && whole.to < start ? { from: current.from, to: anchor } : whole);
  switch (range) {
    case 'month':
      return soFar(monthOf(anchor), lastWholeMonth(anchor));
    case 'quarter':
      return soFar(quarterOf(anchor), lastWholeQuarter(anchor));
    case 'days-90':
      return lastDays(anchor, 90);
    case 'days-365':
      return lastDays(anchor, 365);
  }
}
