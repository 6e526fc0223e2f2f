/** Monthly cohorts (issue 5): customers by first-order month, and who comes back month by month. */
import { defineAnalysis } from './define.js';

export const cohorts = defineAnalysis({
  id: 'cohorts',
  resultVersion: 1,
  needs: ['orders'],
  phases: ['fitting'],
  cancelGraceMs: 0,
  perCustomerCsv: false,
  labels: { name: 'ui.goals.analysis.cohorts', tab: 'ui.models.tab.cohorts', hint: 'ui.models.tabHint.cohorts' },
  cliCommand: 'cohorts',
  reportSection: 'cohorts',
  servesGoals: {},
});

export type { CohortsParams } from './cohorts.params.js';
