/** What a segments run saves and the CLI prints with --json (result version: segments.ts). */
import type { Bilingual } from '../bilingual.js';
import type { Reliability } from '../reliability.js';
import type { CustomerWarning } from './customer-warnings.js';

export const EN_SEGMENTS = [
  'champions',
  'loyalCustomers',
  'potentialLoyalists',
  'newCustomers',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLoseThem',
  'hibernating',
  'lost',
] as const;
export type EnSegment = (typeof EN_SEGMENTS)[number];

export const ZH_SEGMENTS = [
  'importantValue',
  'importantDevelop',
  'importantKeep',
  'importantRetain',
  'generalValue',
  'generalDevelop',
  'generalKeep',
  'generalRetain',
] as const;
export type ZhSegment = (typeof ZH_SEGMENTS)[number];

/** How the Chinese 8-segment map splits high from low: a score of 3 or more, or above the mean score. */
export type ZhHighRule = 'scoreAtLeast3' | 'aboveMeanScore';

export interface KSearchPoint {
  k: number;
  silhouette: number;
  /** Standard error of that silhouette from scoring a sample of the points (0 when all were scored; absent in results saved before sampling). */
  silhouetteStandardError?: number;
  /** Inertia on the sample (the elbow curve). */
  inertia: number;
}

export interface RfmSegmentRow<S extends string> {
  segment: S;
  /** The same id (older results named it so). */
  name: S;
  label: Bilingual;
  customers: number;
  customerShare: number;
  revenue: number;
  /** Segment revenue / total revenue (0 when the total is not positive). */
  revenueShare: number;
  action: string;
  actionText: Bilingual;
}

export interface ClusterRow {
  id: number;
  name: string;
  label: Bilingual;
  size: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  /** Cluster means of the raw R (days), F (purchases) and M (money). */
  recency: number;
  frequency: number;
  monetary: number;
  attributeMeans: number[];
}

export interface SegmentsAnalysis {
  asOf: string;
  customers: number;
  totalRevenue: number;
  refunds: { rows: number; amount: number };
  rfm: {
    segments: RfmSegmentRow<EnSegment>[];
    segmentsZh: RfmSegmentRow<ZhSegment>[];
    zhRule: ZhHighRule;
    /** Customers per R score (rows) and F score (columns). */
    scoreGrid: number[][];
  };
  kmeans: {
    k: number;
    chosenBy: 'fixed' | 'silhouette';
    silhouette: number;
    /** The k with the best silhouette of all tried, even when outside the offered range. */
    bestScoredK: number;
    autoK: { readonly min: number; readonly max: number };
    inertia: number;
    kSearch: KSearchPoint[];
    sampleSize: number;
    /** Customers each k's silhouette was scored on (a stratified sample of the k-search sample; absent in results saved before sampling). */
    silhouetteSampleSize?: number;
    features: string[];
    clusters: ClusterRow[];
    /** A sample of customers for the scatter plot (R, F, M and cluster). */
    sample: { recency: number; frequency: number; monetary: number; cluster: number }[];
  };
  reliability: { rfm: Reliability; kmeans: Reliability };
  warnings: CustomerWarning[];
  outFile: string | null;
}
