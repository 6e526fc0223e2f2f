/** Customer segments (issue 5): RFM scores and segments, and k-means clusters on R, F, M (+ attributes). */
import { defineAnalysis } from './define.js';

export const SEGMENTS_DEFAULTS = { k: 'auto', seed: 1 } as const;

export const segments = defineAnalysis({
  id: 'segments',
  /** Version 2: one-time buyers score F = 1 (Miglautsch count break); version-1 segment maps left New Customers empty. */
  resultVersion: 2,
  needs: ['orders'],
  phases: ['fitting'],
  cancelGraceMs: 0,
  perCustomerCsv: true,
  labels: { name: 'ui.goals.analysis.segments', tab: 'ui.models.tab.segments', hint: 'ui.models.tabHint.segments' },
  cliCommand: 'segments',
  reportSection: 'segments',
  servesGoals: { 'repeat-rate': 1 },
});

export type { SegmentsParams, SegmentsParamsInput } from './segments.params.js';
