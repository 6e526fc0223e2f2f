/**
 * Monthly acquisition cohorts (cohort analysis, e.g. Fader & Hardie's "customer-base
 * analysis" and the standard retention triangle): customers grouped by the calendar month of
 * their first purchase; for each months-since-acquisition k, the share of the cohort that
 * purchased in month cohort + k (retention) and the cohort's net revenue in that month.
 * Purchases are rows with revenue ≥ 0 (as in RFM); refunds count in revenue only. Months
 * after the as-of month are not observed and are null, so the matrix is a triangle.
 */
import { formatMonth, monthIndexOfDay, requireDay } from './dates.js';
import { prepareOrderLog, type OrderInput } from './order-log.js';
import type { CustomerWarning } from './warnings.js';
import type { CohortRow } from '@shared/analyses/cohorts.result.js';

export type { CohortRow };


export interface CohortAnalysis {
  /** Last observed month, `YYYY-MM`. */
  lastMonth: string;
  /** Columns: months since acquisition 0 … maxOffset. */
  maxOffset: number;
  cohorts: CohortRow[];
  warnings: CustomerWarning[];
}

/** Retention and revenue matrices of monthly acquisition cohorts. */
export function computeCohorts(orders: OrderInput, options: { asOf?: string } = {}): CohortAnalysis {
  const asOf = options.asOf === undefined ? undefined : requireDay(options.asOf, 'asOf');
  const { log, warnings } = prepareOrderLog(orders, { lastDay: asOf });
  const lastMonth = monthIndexOfDay(asOf ?? (Number.isFinite(log.lastDay) ? log.lastDay : 0));
  const monthCache = new Map<number, number>();
  const monthOf = (day: number): number => {
    let m = monthCache.get(day);
    if (m === undefined) {
      m = monthIndexOfDay(day);
      monthCache.set(day, m);
    }
    return m;
  };
  // cohort month → offset → { active, revenue }
  const cells = new Map<number, { size: number; active: Map<number, number>; revenue: Map<number, number> }>();
  for (let c = 0; c < log.customerIds.length; c++) {
    let cohort = -1;
    const seen = new Set<number>();
    const rows: number[] = [];
    for (let k = log.start[c]; k < log.start[c + 1]; k++) {
      const row = log.rowsByCustomer[k];
      rows.push(row);
      if (cohort < 0 && log.revenue[row] >= 0) cohort = monthOf(log.day[row]);
    }
    if (cohort < 0) {
      warnings.add('customersWithoutPurchases');
      continue;
    }
    let cell = cells.get(cohort);
    if (!cell) {
      cell = { size: 0, active: new Map(), revenue: new Map() };
      cells.set(cohort, cell);
    }
    cell.size++;
    for (const row of rows) {
      // A refund before the first purchase has no place in the triangle: it joins month 0.
      const offset = Math.max(0, monthOf(log.day[row]) - cohort);
      cell.revenue.set(offset, (cell.revenue.get(offset) ?? 0) + log.revenue[row]);
      if (log.revenue[row] >= 0 && !seen.has(offset)) {
        seen.add(offset);
        cell.active.set(offset, (cell.active.get(offset) ?? 0) + 1);
      }
    }
  }
  const cohortMonths = [...cells.keys()].sort((u, v) => u - v);
  const maxOffset = cohortMonths.length > 0 ? lastMonth - cohortMonths[0] : 0;
  const cohorts = cohortMonths.map((month) => {
    const cell = cells.get(month) ?? { size: 0, active: new Map<number, number>(), revenue: new Map<number, number>() };
    const observed = (k: number): boolean => month + k <= lastMonth;
    const offsets = Array.from({ length: maxOffset + 1 }, (_, k) => k);
    const activeCustomers = offsets.map((k) => (observed(k) ? cell.active.get(k) ?? 0 : null));
    return {
      cohort: formatMonth(month),
      customers: cell.size,
      activeCustomers,
      retention: activeCustomers.map((a) => (a === null ? null : a / cell.size)),
      revenue: offsets.map((k) => (observed(k) ? cell.revenue.get(k) ?? 0 : null)),
    };
  });
  return { lastMonth: formatMonth(lastMonth), maxOffset, cohorts, warnings: warnings.list() };
}
