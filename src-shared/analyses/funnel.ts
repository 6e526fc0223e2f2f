/** The funnel (issue 4 §6): ordered steps over touchpoint events, and where customers drop off. */
import { defineAnalysis } from './define.js';

export const FUNNEL_DEFAULTS = { windowDays: 30 } as const;

export const funnel = defineAnalysis({
  id: 'funnel',
  resultVersion: 1,
  needs: ['touchpoints'],
  phases: ['fitting'],
  cancelGraceMs: 0,
  perCustomerCsv: false,
  labels: { name: 'ui.goals.analysis.funnel', tab: 'ui.models.tab.funnel', hint: 'ui.models.tabHint.funnel' },
  cliCommand: 'funnel',
  reportSection: 'funnel',
  servesGoals: { 'new-customers': 1, cac: 2 },
});

export type { FunnelParams } from './funnel.params.js';
