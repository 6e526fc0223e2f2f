/** What the dashboard shows: KPI tiles against the previous period, goals, channel ROI, trends. */
import type { Goal } from './goals.js';
import type { StoredOverlap } from './datasets.js';

export const KPI_KEYS = ['spend', 'revenue', 'roi', 'roas', 'cac', 'newCustomers', 'repeatRate', 'positiveShare', 'netSentiment'] as const;
/** Figures from the reviews (the latest sentiment run): shown only where a project has them. */
export const BRAND_KPIS: ReadonlySet<KpiKey> = new Set(['positiveShare', 'netSentiment']);
export type KpiKey = (typeof KPI_KEYS)[number];

export interface Kpi {
  key: KpiKey;
  /** null when the data to compute it is missing (shown as "—"). */
  value: number | null;
  previous: number | null;
  /** (value − previous) / |previous|; null when either is missing or previous is 0. */
  change: number | null;
}

export type ChannelRoiBasis = 'attribution' | 'orderSource' | 'platform';

export interface Dashboard {
  period: { from: string; to: string };
  previous: { from: string; to: string };
  kpis: Kpi[];
  goals: Goal[];
  /**
   * From the latest attribution analysis (null when none has been run). `current` is false
   * when the data changed after that run (see SavedAnalysis.current in api.ts).
   */
  channelRoi: {
    /**
     * What the figures rest on: an attribution model over journeys; the source channel each
     * order names (one touch per order); or, when no attribution has run, what the ad
     * platforms report in the spend exports over all the data.
     */
    basis: ChannelRoiBasis;
    model: string;
    createdAt: string;
    current: boolean;
    rows: { channel: string; spend: number | null; value: number; roas: number | null; roi: number | null }[];
  } | null;
  /** Monthly series over the project's whole history. */
  trends: { months: string[]; spend: number[]; revenue: number[]; newCustomers: number[] };
  /** The latest run of each analysis kind; `current` as for channelRoi. */
  analyses: { kind: string; id: number; createdAt: string; current: boolean }[];
  /** Rows more than one dataset holds (imported before overlap checks, or kept both): counted twice. */
  overlaps: StoredOverlap[];
}
