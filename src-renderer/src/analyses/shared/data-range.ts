/** What the project's datasets tell the wizards before anything runs: kinds and date ranges. */
import type { DatasetSummary } from '@shared/datasets.js';
import type { DatasetKind } from '@shared/kinds.js';

const DAY_MS = 86_400_000;

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

const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const fromDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * A calibration/holdout split for the LTV wizard: the holdout is the last quarter of the
 * order history, starting at the nearest month end when the history is long enough.
 */
export function suggestLtvPeriod(range: DateRange): { calibrationEnd: string; holdoutEnd: string } {
  const first = toDay(range.first);
  const last = toDay(range.last);
  const target = first + Math.round((last - first) * 0.75 / DAY_MS) * DAY_MS;
  const date = new Date(target);
  const previousEnd = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 0);
  const thisEnd = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0);
  const monthEnd = thisEnd < last && thisEnd - target < target - previousEnd ? thisEnd : previousEnd;
  const calibrationEnd = monthEnd > first + 28 * DAY_MS ? monthEnd : target;
  return { calibrationEnd: fromDay(calibrationEnd), holdoutEnd: range.last };
}

