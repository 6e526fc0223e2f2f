/** What an LTV run saves and the CLI prints with --json (result version: ltv.ts). */
import type { Reliability } from '../reliability.js';
import type { CustomerWarning } from './customer-warnings.js';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export const THINNESS_CODES = [
  /** Fewer than 100 repeat customers in the calibration period. */
  'fewRepeatCustomers',
  /** The holdout is shorter than the forecast horizon: the horizon itself is not validated. */
  'holdoutShorterThanHorizon',
  /** Less calibration history than the forecast horizon. */
  'historyShorterThanHorizon',
  /** Every calibration purchase on one day. */
  'allOrdersOneDay',
  /** Fewer than 100 customers. */
  'fewCustomers',
  /** Nobody bought in the holdout period. */
  'noHoldoutPurchases',
] as const;
export type ThinnessCode = (typeof THINNESS_CODES)[number];

export interface ThinnessFlag {
  code: ThinnessCode;
  params: Record<string, number>;
}

export interface FrequencyGroup {
  /** '0' … '6', '7+'. */
  frequency: string;
  customers: number;
  actualMean: number;
  predictedMean: number;
}

export interface TrackingPoint {
  week: number;
  /** Last day of the week, `YYYY-MM-DD`. */
  weekEnd: string;
  actualCumulative: number;
  expectedCumulative: number;
}

/** The holdout check as a result keeps it (the model's validation also has each customer's prediction). */
export interface HoldoutSummary {
  holdoutWeeks: number;
  customers: number;
  actualTotal: number;
  predictedTotal: number;
  mae: number;
  rmse: number;
  correlation: number;
  byFrequency: FrequencyGroup[];
  tracking: TrackingPoint[];
}

export interface CustomerValue {
  customerId: string;
  x: number;
  tx: number;
  T: number;
  monetary: number;
  pAlive: number;
  expectedPurchases: number;
  expectedSpend: number;
  clv: number;
  /** CLV were the customer certainly alive: the value at stake if she has lapsed. */
  clvIfAlive: number;
  /** Holdout purchase days and their prediction, filled in by a holdout validation. */
  holdoutActual: number | null;
  holdoutPredicted: number | null;
}

/** A customer on the at-risk list, with her last purchase counted to the last day of data. */
export interface AtRiskCustomer extends CustomerValue {
  lastPurchase: string;
  weeksSinceLastPurchase: number;
  /**
   * P(alive) on the last day of data: the weeks since the calibration end without a
   * purchase lower it (`pAlive` is as of the calibration end, where the model was fitted).
   */
  pAliveAtDataEnd: number;
}

export interface LtvAnalysisResult {
  calibrationEnd: string;
  holdoutEnd: string | null;
  /** The last order day of the data: the at-risk list is "as of" this day. */
  dataEnd: string | null;
  /** High-value customers the model saw lapsing but who bought again after the calibration end: not at risk. */
  atRiskBoughtAgain: { customers: number; purchaseDays: number; revenue: number };
  horizonWeeks: number;
  margin: number;
  discountRateMonthly: number;
  customers: number;
  repeatCustomers: number;
  bgnbd: (BgNbdParams & { logLikelihood: number }) | null;
  gammaGamma: (GammaGammaParams & { logLikelihood: number; customers: number; frequencySpendCorrelation: number }) | null;
  expectedPurchasesNewCustomer: number;
  holdout: HoldoutSummary | null;
  totals: { clv: number; expectedPurchases: number; meanClv: number | null };
  clvDistribution: { p: number; value: number }[];
  highValueAtRisk: AtRiskCustomer[];
  highValueAtRiskCount: number;
  flags: ThinnessFlag[];
  reliability: Reliability;
  warnings: CustomerWarning[];
  outFile: string | null;
}
