/** The "high value at risk" list as a CSV a CRM can import: stable column names, one customer a row. */
import type { AtRiskRow } from './customer-types.js';
import { toCrmCsv } from './crm-csv.js';

export const AT_RISK_COLUMNS = [
  'customer_id',
  'p_alive',
  'clv',
  'clv_if_alive',
  'expected_spend_per_purchase',
  'repeat_purchases',
  'weeks_since_last_purchase',
] as const;

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function weeksSinceLastPurchase(row: Pick<AtRiskRow, 'T' | 'tx'>): number {
  return Math.max(0, row.T - row.tx);
}

export function atRiskCsv(rows: readonly AtRiskRow[]): string {
  return toCrmCsv(
    AT_RISK_COLUMNS,
    rows.map((r) => [r.customerId, round(r.pAlive, 4), round(r.clv, 2), round(r.clvIfAlive, 2), round(r.expectedSpend, 2), r.x, round(weeksSinceLastPurchase(r), 1)]),
  );
}
