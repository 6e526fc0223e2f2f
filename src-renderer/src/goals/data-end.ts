import type { DatasetSummary } from '@shared/datasets.js';
import { isIsoDate } from '@shared/periods.js';

const DATE_ROLES = new Set(['date', 'timestamp']);

/**
 * The first or last day of the project's data, from the date columns' minima or maxima in
 * the quality reports (ad spend, orders and journeys: what the goals and KPIs are measured on).
 */
function dataEdge(datasets: readonly DatasetSummary[], edge: 'min' | 'max'): string | null {
  let found: string | null = null;
  for (const dataset of datasets) {
    if (dataset.kind !== 'spend' && dataset.kind !== 'orders' && dataset.kind !== 'touchpoints') continue;
    for (const column of dataset.quality.columns) {
      const value = column[edge];
      if (!DATE_ROLES.has(column.role) || typeof value !== 'string') continue;
      const day = value.slice(0, 10);
      if (isIsoDate(day) && (found === null || (edge === 'max' ? day > found : day < found))) found = day;
    }
  }
  return found;
}

export function dataEnd(datasets: readonly DatasetSummary[]): string | null {
  return dataEdge(datasets, 'max');
}

export function dataStart(datasets: readonly DatasetSummary[]): string | null {
  return dataEdge(datasets, 'min');
}
