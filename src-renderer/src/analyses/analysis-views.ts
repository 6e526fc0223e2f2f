/**
 * The wizard of each registered analysis (src-shared/analyses). Typed against the
 * registry: an analysis without a wizard here does not compile.
 */
import type { Component } from 'svelte';
import type { AnalysisKind } from '@shared/analyses/index.js';
import type { DatasetSummary } from '@shared/datasets.js';
import AttributionWizard from './attribution/AttributionWizard.svelte';
import BasketPanel from './basket/BasketPanel.svelte';
import CohortsPanel from './cohorts/CohortsPanel.svelte';
import FunnelPanel from './funnel/FunnelPanel.svelte';
import LtvWizard from './ltv/LtvWizard.svelte';
import MmmWizard from './mmm/MmmWizard.svelte';
import SegmentsWizard from './segments/SegmentsWizard.svelte';
import SentimentPanel from './sentiment/SentimentPanel.svelte';

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
