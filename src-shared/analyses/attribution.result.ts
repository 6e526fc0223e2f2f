/** What an attribution run saves and the CLI prints with --json (result version: attribution.ts). */
import type { Reliability } from '../reliability.js';
import type { AttributionModelId } from './attribution.js';

export interface ChannelRoiRow {
  readonly channel: string;
  readonly conversions: number;
  readonly value: number;
  /** Null when the channel has no spend row (e.g. organic or direct). */
  readonly spend: number | null;
  readonly cpa: number | null;
  readonly roas: number | null;
  readonly roi: number | null;
}

/** The fitted chain, for the heatmap: rows are "from", columns "to"; absorbing rows are zero. */
export interface MarkovTransitions {
  /** `(start)`, the channels, `(conversion)`, `(null)`. */
  readonly states: readonly string[];
  readonly counts: number[][];
  readonly probabilities: number[][];
}

export interface CreditInterval {
  readonly conversions: readonly [number, number];
  readonly value: readonly [number, number];
}

export type TriangulationReasonCode = 'mostly-opener' | 'mostly-closer' | 'assist' | 'model-disagreement';

export interface TriangulationReason {
  readonly code: TriangulationReasonCode;
  /** Shares are percentage points (0–100) rounded to 0.1; names are model ids. */
  readonly params: Record<string, string | number>;
}

export interface TriangulationRow {
  readonly channel: string;
  /** Share of the model's total credit, in percent, for every model given. */
  readonly shares: Partial<Record<AttributionModelId, number>>;
  readonly maxModel: AttributionModelId;
  readonly minModel: AttributionModelId;
  /** max − min share, percentage points. */
  readonly spread: number;
  readonly flagged: boolean;
  readonly reasons: TriangulationReason[];
}

export interface TopPath {
  readonly channels: string[];
  readonly conversions: number;
  readonly nulls: number;
  readonly value: number;
  /** conversions / (conversions + nulls). */
  readonly conversionRate: number;
}

export interface PathLengthBucket {
  /** Touches in the journey. */
  readonly length: number;
  readonly conversions: number;
  readonly nulls: number;
}

export interface TimeToConversion {
  /** Conversions by whole days from the first touch to the conversion (0 = same day). */
  readonly buckets: { days: number; conversions: number }[];
  readonly meanDays: number;
  readonly medianDays: number;
  /** Converting journeys that could not be measured (no times). */
  readonly unmeasured: number;
}

export type PathProblemReason =
  | 'empty-path'
  | 'unknown-separator'
  | 'empty-step'
  | 'non-numeric-conversions'
  | 'negative-conversions'
  | 'non-numeric-nulls'
  | 'negative-nulls'
  | 'non-numeric-value'
  | 'negative-value'
  | 'no-journeys'
  | 'value-without-conversions';

export type BudgetShiftNote = 'uncertain' | 'zero-spend' | 'at-upper-bound' | 'at-lower-bound' | 'below-break-even';
export type BudgetShiftCaveat = 'average-not-marginal' | 'uncertain-channels' | 'zero-spend-channels' | 'nothing-to-move' | 'unallocated';

export interface BudgetShiftRow {
  readonly channel: string;
  readonly currentSpend: number;
  readonly recommendedSpend: number;
  readonly change: number;
  /** change / current spend; null for zero-spend channels. */
  readonly changeShare: number | null;
  readonly roas: number | null;
  readonly conversions: number;
  readonly uncertain: boolean;
  /** change × ROAS: the value the move is expected to add (negative for a cut), at average ROAS. */
  readonly expectedValueChange: number;
  readonly notes: BudgetShiftNote[];
}

/**
 * Why a model could not run or what it did differently. The UI phrases `code` with
 * `params`; suggested i18n keys are `attribution.notice.<code>`.
 */
export type AttributionNoticeCode =
  | 'time-decay-needs-timestamps'
  | 'no-conversions'
  | 'no-journeys'
  | 'shapley-monte-carlo'
  | 'single-channel'
  // Set by the analysis: orders name one channel each, nothing for a data-driven model to learn from.
  | 'one-touch-orders';

export interface AttributionNotice {
  readonly model: AttributionModelId | 'all';
  readonly code: AttributionNoticeCode;
  readonly params: Record<string, string | number>;
}

export interface PlatformReportedRow {
  channel: string;
  spend: number;
  /** null when no row of the channel reports conversions (the export had no such column). */
  conversions: number | null;
  revenue: number | null;
  /** revenue ÷ spend as the platform reports it; null without revenue or spend. */
  roas: number | null;
}

/** The journeys as read: what was counted, and what was left out and why. */
export interface JourneySummary {
  conversionValuesFromOrders: number;
  conversionsWithoutValue: number;
  customers: number;
  touches: number;
  conversions: number;
  conversionValue: number;
  conversionSource: 'events' | 'orders' | 'mixed' | 'none';
  convertingJourneys: number;
  nonConvertingJourneys: number;
  conversionsWithoutTouches: number;
  valueWithoutTouches: number;
  touchesOutsideLookback: number;
  invalidRows: number;
}

/** Budget advice: spend moved towards the channels that return the most, within limits. */
export interface AttributionAdvice {
  rows: BudgetShiftRow[];
  totalSpend: number;
  /** Spend moved between channels (the sum of the increases). */
  moved: number;
  /** Spend cut from below-break-even channels that no channel above break-even could take: not to be spent. */
  unallocated: number;
  maxChangeShare: number;
  minConversions: number;
  breakEvenRoas: number;
  currentValue: number;
  expectedValue: number;
  expectedValueChange: number;
  caveats: BudgetShiftCaveat[];
  /** Channels with credit but no spend, left out of the advice. */
  notInBudget: string[];
  /** The model whose ROAS the advice follows. */
  model: AttributionModelId;
}

export interface AttributionAnalysis {
  source: 'touchpoints' | 'paths' | 'orders';
  /** Orders source: orders without a channel, left out of the credit (the user is told how many). */
  ordersWithoutChannel: number | null | undefined;
  /**
   * Orders source: per channel, the new customers whose first order came from it and the
   * cost of each (spend ÷ new customers) — the acquisition view of "source of the order".
   */
  newCustomersBySource: { channel: string; newCustomers: number; spend: number | null; cac: number | null }[] | null;
  period: { from: string | null; to: string | null };
  /**
   * Conversions and revenue as the ad platforms report them in the spend exports: a basis
   * of its own beside the attribution (null when the exports carry neither column).
   */
  platformReported: PlatformReportedRow[] | null;
  journeys: number;
  conversions: number;
  value: number;
  channels: readonly string[];
  /** Journeys and conversions against what data-driven models need; per channel, fewer than `minConversions` marks it uncertain. */
  reliability: Reliability;
  models: Partial<Record<AttributionModelId, ChannelRoiRow[]>>;
  markov: { conversionProbability: number; removalEffects: Record<string, number>; transitions: MarkovTransitions } | undefined;
  shapley: { method: 'exact' | 'monte-carlo'; players: number; samples: number | null; intervals: Record<string, CreditInterval> | null } | undefined;
  unavailable: AttributionNotice[];
  notices: AttributionNotice[];
  triangulation: TriangulationRow[];
  coverage: { onlyInJourneys: string[]; onlyInSpend: string[] };
  diagnostics: {
    topPaths: TopPath[];
    pathLengths: PathLengthBucket[];
    timeToConversion: TimeToConversion | null;
    journeySummary: JourneySummary | null;
    pathProblems: { row: number; reason: PathProblemReason; params: Record<string, string | number>; rejected: boolean }[];
  };
  advice: AttributionAdvice | null;
}
