import type { DatasetSummary } from '@shared/datasets.js';
import { isIsoDate } from '@shared/periods.js';

const DATE_ROLES = new Set(['date', 'timestamp']);

/**
 * The last day of the project's data, from the date columns' maxima in the quality
 * reports (ad spend, orders and journeys: what the goals and KPIs are measured on).
 */
export function dataEnd(datasets: readonly DatasetSummary[]): string | null {
  let end: string | null = null;
  for (const dataset of datasets) {
    if (dataset.kind !== 'spend' && dataset.kind !== 'orders' && dataset.kind !== 'touchpoints') continue;
    for (const column of dataset.quality.columns) {
      if (!DATE_ROLES.has(column.role) || typeof column.max !== 'string') continue;
      const day = column.max.slice(0, 10);
      if (isIsoDate(day) && (end === null || day > end)) end = day;
    }
  }
  return end;
}
