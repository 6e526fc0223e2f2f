/** The budget-shift advice inside a saved attribution analysis, and the parameters it was made with. */
import type { SavedAnalysis } from '@shared/api.js';
import type { AttributionModelId, AttributionParamsInput } from '@shared/analyses.js';
import type { AttributionAnalysis } from '../../../src-main/analysis/results.js';

export type Advice = NonNullable<AttributionAnalysis['advice']>;
export type AdviceRow = Advice['rows'][number];

/** The guardrail the services default to (issue 4: ±30 % per channel). */
export const DEFAULT_MAX_CHANGE_SHARE = 0.3;
export const DEFAULT_MIN_CONVERSIONS = 30;

export interface SavedAdvice {
  advice: Advice | null;
  /** Models the analysis ran (any of them can drive the advice on a re-run). */
  models: AttributionModelId[];
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
  if (!saved || saved.kind !== 'attribution') return null;
  // The saved result is the JSON runAttribution returned for this analysis.
  const result = saved.result as unknown as AttributionAnalysis;
  const params = saved.params as AttributionParamsInput;
  return {
    advice: result.advice ?? null,
    models: Object.keys(result.models ?? {}) as AttributionModelId[],
    params,
    maxChangeShare: numberOr(params.maxChangeShare, DEFAULT_MAX_CHANGE_SHARE),
    minConversions: numberOr(params.minConversions, DEFAULT_MIN_CONVERSIONS),
    createdAt: saved.createdAt,
    current: saved.current,
  };
}

/** The expected change as a share of the value the budgeted channels bring now (null when that is 0). */
export function expectedChangeShare(advice: Advice): number | null {
  return advice.currentValue > 0 ? advice.expectedValueChange / advice.currentValue : null;
}
