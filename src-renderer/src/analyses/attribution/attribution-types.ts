/** The attribution result's shapes, as the renderer reads them . */
import { ATTRIBUTION_MODEL_IDS } from '@shared/analyses/index.js';
import type { AttributionModelId } from '@shared/analyses/index.js';
import type { AttributionAnalysis } from '@shared/analyses/attribution.result.js';
import type { FunnelAnalysis } from '@shared/analyses/funnel.result.js';

export type { AttributionAnalysis, FunnelAnalysis };
export type RoiRow = NonNullable<AttributionAnalysis['models'][AttributionModelId]>[number];
export type TriangulationRow = AttributionAnalysis['triangulation'][number];
export type TriangulationReason = TriangulationRow['reasons'][number];
export type AttributionNotice = AttributionAnalysis['notices'][number];
export type BudgetAdvice = NonNullable<AttributionAnalysis['advice']>;
export type FunnelStep = FunnelAnalysis['steps'][number];

/** Models of a result that produced credit, in the wizard's order. */
export function modelsOf(result: AttributionAnalysis): AttributionModelId[] {
  return ATTRIBUTION_MODEL_IDS.filter((m) => result.models[m] !== undefined);
}
