/** What the customer analyses (segments, LTV, cohorts) say about bad or thin orders, as codes with counts the screens translate. */
export const CUSTOMER_WARNING_CODES = [
  /** Rows without a customer id: excluded. */
  'missingCustomerId',
  /** Rows whose date is not YYYY-MM-DD[THH:MM:SS]: excluded. */
  'invalidDate',
  /** Rows whose revenue is not a finite number: excluded. */
  'invalidRevenue',
  /** Rows with negative revenue (refunds): not purchases; RFM nets them into M. */
  'refundRows',
  /** Rows with zero revenue (free or unpriced orders): purchases worth 0. */
  'zeroRevenueRows',
  /** Rows dated after the as-of / observation end: excluded. */
  'futureOrders',
  /** Customers whose only rows are refunds: no purchase to score, excluded. */
  'customersWithoutPurchases',
  /** Customers with a single purchase (informational: they have no repeat behaviour). */
  'singlePurchaseCustomers',
  /** Every purchase falls on one day: recency and timing carry no information. */
  'allOrdersOneDay',
  /** Total revenue is ≤ 0, so revenue shares are reported as 0. */
  'nonPositiveTotalRevenue',
  /** Customers whose first purchase is after the calibration end (holdout newcomers): not scored. */
  'customersAfterCalibration',
  /** Repeat customers whose mean repeat spend is ≤ 0: left out of the Gamma-Gamma fit. */
  'nonPositiveRepeatSpend',
  /** No customer made a repeat purchase: BG/NBD and Gamma-Gamma cannot be fitted. */
  'noRepeatCustomers',
  /** Fewer than 100 repeat customers: estimates are unstable. */
  'fewRepeatCustomers',
  /** Gamma-Gamma q ≤ 1: the population mean spend is infinite; observed mean used for x = 0. */
  'gammaGammaMeanUndefined',
  /** |corr(frequency, mean spend)| > 0.3: Gamma-Gamma's independence assumption is doubtful. */
  'spendFrequencyCorrelated',
  /** Fewer distinct customers than clusters asked for. */
  'tooFewCustomersForClusters',
] as const;

export type CustomerWarningCode = (typeof CUSTOMER_WARNING_CODES)[number];

export interface CustomerWarning {
  code: CustomerWarningCode;
  count: number;
}
