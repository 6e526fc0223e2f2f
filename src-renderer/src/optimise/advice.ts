/** The budget-shift advice inside a saved attribution analysis, and the parameters it was made with. */
import type { SavedAnalysis } from '@shared/api.js';
import { ATTRIBUTION_DEFAULTS } from '@shared/analyses/index.js';
import type { AttributionModelId, AttributionParamsInput, JourneySource } from '@shared/analyses/index.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { AttributionAnalysis } from '@shared/analyses/attribution.result.js';

export type Advice = NonNullable<AttributionAnalysis['advice']>;
export type AdviceRow = Advice['rows'][number];

export interface SavedAdvice {
  advice: Advice | null;
  /** Models the analysis ran (any of them can drive the advice on a re-run). */
  models: AttributionModelId[];
  /** Where the journeys came from: with 'orders' (one touch per order) every rule-based model agrees. */
  source: AttributionAnalysis['source'];
  params: AttributionParamsInput;
  maxChangeShare: number;
  minConversions: number;
  createdAt: string;
  /** False when the data changed after this attribution ran (the advice may be out of date). */
  current: boolean;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export function savedAdvice(saved: SavedAnalysis | null): SavedAdvice | null {
  // A result by another version of attribution is withheld by the services (`olderVersion`).
  if (!saved || saved.kind !== 'attribution' || !saved.result) return null;
  // The saved result is the JSON runAttribution returned for this analysis.
  const result = saved.result as unknown as AttributionAnalysis;
  const params = saved.params as AttributionParamsInput;
  return {
    advice: result.advice ?? null,
    models: Object.keys(result.models ?? {}) as AttributionModelId[],
    source: result.source ?? 'touchpoints',
    params,
    maxChangeShare: numberOr(params.maxChangeShare, ATTRIBUTION_DEFAULTS.maxChangeShare),
    minConversions: numberOr(params.minConversions, ATTRIBUTION_DEFAULTS.minConversions),
    createdAt: saved.createdAt,
    current: saved.current,
  };
}

/** A scenario's job result, shaped like a saved advice (it is not saved: `createdAt` is now). */
export function scenarioAdvice(result: unknown, params: AttributionParamsInput): SavedAdvice {
  const r = result as AttributionAnalysis;
  return {
    advice: r.advice ?? null,
    models: Object.keys(r.models ?? {}) as AttributionModelId[],
    source: r.source ?? 'touchpoints',
    params,
    maxChangeShare: numberOr(params.maxChangeShare, ATTRIBUTION_DEFAULTS.maxChangeShare),
    minConversions: numberOr(params.minConversions, ATTRIBUTION_DEFAULTS.minConversions),
    createdAt: new Date().toISOString(),
    current: true,
  };
}

/**
 * The bounds an advice was made with, read from the advice itself (results saved before
 * they were recorded there fall back to the defaults of that time: ±30 %, 30, break-even 1).
 */
export function adviceSettings(advice: Advice): { maxChangeShare: number; minConversions: number; breakEvenRoas: number; unallocated: number } {
  const a = advice as Partial<Advice>;
  return {
    maxChangeShare: numberOr(a.maxChangeShare, ATTRIBUTION_DEFAULTS.maxChangeShare),
    minConversions: numberOr(a.minConversions, ATTRIBUTION_DEFAULTS.minConversions),
    breakEvenRoas: numberOr(a.breakEvenRoas, 1),
    unallocated: numberOr(a.unallocated, 0),
  };
}

/** The expected change as a share of the value the budgeted channels bring now (null when that is 0). */
export function expectedChangeShare(advice: Advice): number | null {
  return advice.currentValue > 0 ? advice.expectedValueChange / advice.currentValue : null;
}

/**
 * What the Optimise step says when there is no advice to show: that the saved run gave
 * none, or what its default run will read — Markov advice from a touchpoint log or a paths
 * export (no lookback window for paths: they carry no times), each order's source channel
 * when the orders are all there is, or which data to import first.
 */
export function emptyAdviceText(saved: boolean, source: JourneySource | null): MessageKey {
  if (saved) return 'ui.optimise.noAdvice';
  if (source === 'touchpoints') return 'ui.optimise.emptyText';
  if (source === 'paths') return 'ui.optimise.emptyTextPaths';
  return source === 'orders' ? 'ui.optimise.emptyTextOrders' : 'ui.optimise.emptyNoData';
}
