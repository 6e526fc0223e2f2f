/** Channel attribution (issue 4): journeys → credit per channel under seven models → ROI and budget advice. */
import type { DatasetSummary } from '../datasets.js';
import { defineAnalysis } from './define.js';
import { meetsNeed } from './needs.js';

export const ATTRIBUTION_MODEL_IDS = ['first', 'last', 'linear', 'time-decay', 'position', 'markov', 'shapley'] as const;
export type AttributionModelId = (typeof ATTRIBUTION_MODEL_IDS)[number];

/** Defaults of a run, for the schema, the wizard and the report alike. */
export const ATTRIBUTION_DEFAULTS = {
  lookbackDays: 30,
  halfLifeDays: 7,
  adviceModel: 'markov',
  /** Budget advice moves at most this share of a channel's spend. */
  maxChangeShare: 0.3,
  /** Channels with fewer attributed conversions get no advice. */
  minConversions: 30,
  seed: 1,
} as const;

export const attribution = defineAnalysis({
  id: 'attribution',
  /** Version 2: the budget advice never funds a channel at or below break-even; version 1 could. */
  resultVersion: 2,
  // Orders that name their source channel are one-touch journeys (attribution --source orders).
  needs: ['touchpoints', 'paths', { kind: 'orders', role: 'channel' }],
  phases: ['fitting'],
  cancelGraceMs: 0,
  perCustomerCsv: false,
  labels: { name: 'ui.goals.analysis.attribution', tab: 'ui.models.tab.attribution', hint: 'ui.models.tabHint.attribution' },
  cliCommand: 'attribution',
  reportSection: 'channels',
  servesGoals: { 'new-customers': 2, revenue: 1, roi: 1, roas: 1, cac: 1 },
});

/** Where a run's journeys come from. */
export type JourneySource = 'touchpoints' | 'paths' | 'orders';

/**
 * The journeys a run on `source: 'auto'` reads (what the analysis does in
 * src-main/analysis/attribution.ts): the touchpoint log, else a paths export, else orders
 * that name their source channel, one touch each; null when there are none. Whatever a
 * screen says the default run will use, it asks here.
 */
export function autoJourneySource(datasets: readonly Pick<DatasetSummary, 'kind' | 'rowsImported' | 'mapping'>[]): JourneySource | null {
  if (meetsNeed(datasets, 'touchpoints')) return 'touchpoints';
  if (meetsNeed(datasets, 'paths')) return 'paths';
  return meetsNeed(datasets, { kind: 'orders', role: 'channel' }) ? 'orders' : null;
}

export type { AttributionParams, AttributionParamsInput } from './attribution.params.js';
