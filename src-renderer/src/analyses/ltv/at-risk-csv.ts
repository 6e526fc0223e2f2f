/** The "high value at risk" list as a CSV a CRM can import: stable column names, one customer a row. */
import type { AtRiskRow } from '../shared/customer-types.js';
import { toCrmCsv } from './crm-csv.js';

export const AT_RISK_COLUMNS = [
  'customer_id',
  'p_alive',
  'clv',
  'clv_if_alive',
  'expected_spend_per_purchase',
  'repeat_purchases',
  'last_purchase',
  'weeks_since_last_purchase',
] as const;

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Weeks from the last purchase to the last day of data (the analysis records it); results
 * saved before it did fall back to T − t_x, which counts only to the calibration end.
 */
export function weeksSinceLastPurchase(row: Pick<AtRiskRow, 'T' | 'tx'> & Partial<Pick<AtRiskRow, 'weeksSinceLastPurchase'>>): number {
  return Math.max(0, row.weeksSinceLastPurchase ?? row.T - row.tx);
}

export function atRiskCsv(rows: readonly AtRiskRow[]): string {
  return toCrmCsv(
    AT_RISK_COLUMNS,
    rows.map((r) => [r.customerId, round(r.pAliveAtDataEnd ?? r.pAlive, 4), round(r.clv, 2), round(r.clvIfAlive, 2), round(r.expectedSpend, 2), r.x, r.lastPurchase ?? '', round(weeksSinceLastPurchase(r), 1)]),
  );
}
