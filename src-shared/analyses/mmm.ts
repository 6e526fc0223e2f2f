/** Marketing-mix model (issue 12): how revenue responds to each channel's spend, and the budget split that earns most. */
import { defineAnalysis } from './define.js';

export const MMM_KPIS = ['revenue', 'orders'] as const;
export type MmmKpi = (typeof MMM_KPIS)[number];

export const MMM_DEFAULTS = {
  kpi: 'revenue' as MmmKpi,
  seed: 1,
  /** The optimiser's per-channel bounds, as shares of the recent weekly spend. */
  bounds: { lower: 0.7, upper: 1.3 },
  /** Weeks of the exported plan. */
  planWeeks: 13,
} as const;

export const mmm = defineAnalysis({
  id: 'mmm',
  resultVersion: 1,
  needs: ['spend', 'weekly'],
  phases: ['loading', 'fitting', 'optimising'],
  cancelGraceMs: 0,
  perCustomerCsv: false,
  labels: { name: 'ui.goals.analysis.mmm', tab: 'ui.models.tab.mmm', hint: 'ui.models.tabHint.mmm' },
  cliCommand: 'mmm',
  reportSection: 'mmm',
  servesGoals: { revenue: 3, roi: 2, roas: 2 },
});

export type { MmmParams, MmmParamsInput } from './mmm.params.js';
