/** Lifetime value (issue 5): BG/NBD + Gamma-Gamma, with a holdout check of the forecast. */
import { defineAnalysis } from './define.js';

export const LTV_DEFAULTS = { horizonWeeks: 52, margin: 0.3, discountRateMonthly: 0.01, seed: 1 } as const;

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
