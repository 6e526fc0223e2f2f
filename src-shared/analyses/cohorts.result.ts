/** What a cohorts run saves and the CLI prints with --json (result version: cohorts.ts). */
import type { Reliability } from '../reliability.js';
import type { CustomerWarning } from './customer-warnings.js';

export interface CohortRow {
  /** `YYYY-MM` of the first purchase. */
  cohort: string;
  customers: number;
  /** Index k: customers who purchased in month cohort + k; null when not yet observed. */
  activeCustomers: (number | null)[];
  /** activeCustomers / customers. */
  retention: (number | null)[];
  /** Net revenue of the cohort's customers in month cohort + k. */
  revenue: (number | null)[];
}

export interface CohortsAnalysis {
  /** Last observed month, `YYYY-MM`. */
  lastMonth: string;
  /** Columns: months since acquisition 0 … maxOffset. */
  maxOffset: number;
  cohorts: CohortRow[];
  reliability: Reliability;
  warnings: CustomerWarning[];
}
