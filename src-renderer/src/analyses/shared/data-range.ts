/** What the project's datasets tell the wizards before anything runs: kinds and date ranges. */
import type { DatasetSummary } from '@shared/datasets.js';
import type { DatasetKind } from '@shared/kinds.js';

export interface DateRange {
  first: string;
  last: string;
}

export function hasKind(datasets: readonly DatasetSummary[], kind: DatasetKind): boolean {
  return datasets.some((d) => d.kind === kind && d.rowsImported > 0);
}

/** The earliest and latest day of a date role over the datasets of a kind (from their quality reports). */
export function dateRange(datasets: readonly DatasetSummary[], kind: DatasetKind, role: string): DateRange | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of datasets) {
    if (d.kind !== kind) continue;
    const column = d.quality.columns.find((c) => c.role === role);
    if (typeof column?.min !== 'string' || typeof column.max !== 'string') continue;
    const lo = column.min.slice(0, 10);
    const hi = column.max.slice(0, 10);
    if (first === null || lo < first) first = lo;
    if (last === null || hi > last) last = hi;
  }
  return first && last ? { first, last } : null;
}
