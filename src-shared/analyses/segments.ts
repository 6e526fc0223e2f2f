/** Customer segments (issue 5): RFM scores and segments, and k-means clusters on R, F, M (+ attributes). */
import { defineAnalysis } from './define.js';

/** `autoK`: the k an automatic search picks from: two groups are too coarse to act on, more than six too many to run campaigns for. */
export const SEGMENTS_DEFAULTS = { k: 'auto', seed: 1, autoK: { min: 3, max: 6 } } as const;

export const segments = defineAnalysis({
  id: 'segments',
  /**
   * Version 2: one-time buyers score F = 1 (Miglautsch count break); version-1 segment maps left New Customers empty.
   * Version 3: automatic k picks among 3–6 clusters (and says which k scored best overall).
   */
  resultVersion: 3,
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
