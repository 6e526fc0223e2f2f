/**
 * What attribution over a project's touchpoints will cost, said before it starts (issue 13
 * item 4): a 10M-row log takes tens of seconds and about 2 GB, which a user should know
 * before waiting, not after. The figures are measured on this kind of machine (2 cores;
 * `npm run bench -- attribution-e2e,touchpoints-10m-e2e`): with journeys kept as columns
 * peak memory grows by ~96 bytes per touchpoint row over ~215 MB (606 MB at 4.3M rows,
 * 1132 MB at 10M; as objects it was 993 MB and 2139 MB), time by about one second per
 * million rows.
 */
import type { DatasetSummary } from '@shared/datasets.js';

const BASE_MB = 215;
const BYTES_PER_ROW = 96;
const SECONDS_PER_MILLION_ROWS = 1;
/** Below this estimate the run is quick and small: nothing worth saying. */
export const COST_NOTICE_MIN_MB = 1024;

export interface AttributionCost {
  touchpoints: number;
  seconds: number;
  memoryMB: number;
}

export function estimateAttributionCost(touchpoints: number): AttributionCost {
  return {
    touchpoints,
    seconds: Math.max(1, Math.round((touchpoints / 1e6) * SECONDS_PER_MILLION_ROWS)),
    memoryMB: Math.round(BASE_MB + (touchpoints * BYTES_PER_ROW) / 1048576),
  };
}

/** The cost worth announcing for these datasets (touchpoints are what attribution reads by default), or null. */
export function attributionCostToAnnounce(datasets: readonly DatasetSummary[], source: string | undefined): AttributionCost | null {
  if (source !== undefined && source !== 'auto' && source !== 'touchpoints') return null;
  const touchpoints = datasets.filter((d) => d.kind === 'touchpoints').reduce((sum, d) => sum + d.rowsImported, 0);
  const cost = estimateAttributionCost(touchpoints);
  return touchpoints > 0 && cost.memoryMB >= COST_NOTICE_MIN_MB ? cost : null;
}
