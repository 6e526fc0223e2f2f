/** Lifetime value (issue 5): BG/NBD + Gamma-Gamma, with a holdout check of the forecast. */
import { defineAnalysis } from './define.js';
import { addDays, monthEnd, periodDays } from '../periods.js';

export const LTV_DEFAULTS = { horizonWeeks: 52, margin: 0.3, discountRateMonthly: 0.01, seed: 1 } as const;

/** Share of the order history kept back to check the LTV forecast. */
export const LTV_HOLDOUT_SHARE = 0.25;

/**
 * The default calibration/holdout split of an order history from `first` to `last` (days),
 * as the wizard suggests it and the report runs it: the holdout is the last quarter of the
 * history, starting at the nearest month end (a client reads "up to September" more easily
 * than "up to 24 September") when the calibration period still has a month in it. A history
 * of under three days has no holdout.
 */
export function defaultLtvDates(first: string, last: string): { calibrationEnd: string; holdoutEnd?: string } {
  const span = periodDays({ from: first, to: last }) - 1;
  if (span < 2) return { calibrationEnd: last };
  const target = addDays(first, Math.round(span * (1 - LTV_HOLDOUT_SHARE)));
  const previousEnd = addDays(`${target.slice(0, 7)}-01`, -1);
  const thisEnd = monthEnd(target);
  const closerEnd = thisEnd < last && periodDays({ from: target, to: thisEnd }) < periodDays({ from: previousEnd, to: target }) ? thisEnd : previousEnd;
  return { calibrationEnd: closerEnd > addDays(first, 28) ? closerEnd : target, holdoutEnd: last };
}

export const ltv = defineAnalysis({
  id: 'ltv',
  /** Version 2: the at-risk list leaves out customers who bought after the calibration end; version 1 listed them. */
  resultVersion: 2,
  needs: ['orders'],
  phases: ['fitting'],
  cancelGraceMs: 0,
  perCustomerCsv: true,
  labels: { name: 'ui.goals.analysis.ltv', tab: 'ui.models.tab.ltv', hint: 'ui.models.tabHint.ltv' },
  cliCommand: 'ltv',
  reportSection: 'ltv',
  servesGoals: { 'repeat-rate': 2, revenue: 2 },
});

export type { LtvParams, LtvParamsInput } from './ltv.params.js';
