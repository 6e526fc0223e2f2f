/**
 * The wizard of each registered analysis (src-shared/analyses). Typed against the
 * registry: an analysis without a wizard here does not compile.
 */
import type { Component } from 'svelte';
import type { AnalysisKind } from '@shared/analyses/index.js';
import type { DatasetSummary } from '@shared/datasets.js';
import AttributionWizard from './AttributionWizard.svelte';
import BasketPanel from './BasketPanel.svelte';
import CohortsPanel from './CohortsPanel.svelte';
import FunnelPanel from './FunnelPanel.svelte';
import LtvWizard from './LtvWizard.svelte';
import MmmWizard from './MmmWizard.svelte';
import SegmentsWizard from './SegmentsWizard.svelte';
import SentimentPanel from './SentimentPanel.svelte';

/** Every wizard takes its analysis' wizard state (ModelsState[kind]), the project file and its datasets. */
export type AnalysisView = Component<{ wizard: never; project: string; datasets: DatasetSummary[] }>;

export const ANALYSIS_VIEWS: { readonly [K in AnalysisKind]: AnalysisView } = {
  attribution: AttributionWizard,
  funnel: FunnelPanel,
  segments: SegmentsWizard,
  ltv: LtvWizard,
  cohorts: CohortsPanel,
  basket: BasketPanel,
  sentiment: SentimentPanel,
  mmm: MmmWizard,
};
