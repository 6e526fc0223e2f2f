/**
 * The lifetime-value analysis end to end, from the order log: summary (rfm-summary.ts),
 * BG/NBD and Gamma-Gamma fits, per-customer P(alive), expected purchases, spend and CLV,
 * holdout validation and thinness flags. Pure: the caller supplies the rows and the dates.
 */
import { fitBgNbd, type BgNbdParams } from './bgnbd.js';
import { probabilityAlive, unconditionalExpectedPurchases } from './bgnbd-predict.js';
import { highValueAtRisk, predictCustomerValues, type ClvOptions, type CustomerValue } from './clv.js';
import { fitGammaGamma, toSpendColumns, type GammaGammaFit, type GammaGammaParams, type SpendColumns } from './gamma-gamma.js';
import { thinnessFlags, validateHoldout, type HoldoutValidation, type ThinnessFlag } from './holdout.js';
import { toOrderColumns, type OrderInput } from './order-log.js';
import { formatDay, requireDay } from './dates.js';
import { laterPurchases } from './later-purchases.js';
import { summarizeOrderLog } from './rfm-summary.js';
import { WarningCounter, type CustomerWarning } from './warnings.js';
import { assess, checkNeed, parametersAtEdge, type Reliability } from '../reliability.js';
import type { AtRiskCustomer } from '@shared/analyses/ltv.result.js';

export type { AtRiskCustomer };

/**
 * Starts the Gamma-Gamma fit and returns a function that gives its result: the caller may
 * run it on another thread while BG/NBD is fitted here (the two fits are independent and
 * each takes about half a second on a million customers).
 */
export type SpendFitStarter = (spend: SpendColumns, seed: number | undefined) => () => GammaGammaFit;

export const fitSpendHere: SpendFitStarter = (spend, seed) => {
  const fit = fitGammaGamma(spend, { seed });
  return () => fit;
};

export interface LtvOptions extends ClvOptions {
  calibrationEnd: string;
  holdoutEnd?: string;
  seed?: number;
  /** Where the Gamma-Gamma fit runs (default: here, before BG/NBD). */
  startSpendFit?: SpendFitStarter;
}


export interface LtvAnalysis {
  calibrationEnd: string;
  /** The last order day of the data: the at-risk list is "as of" this day. */
  dataEnd: string | null;
  /** High-value customers the model saw lapsing but who bought again after the calibration end: not at risk. */
  atRiskBoughtAgain: { customers: number; purchaseDays: number; revenue: number };
  holdoutEnd: string | null;
  customers: number;
  repeatCustomers: number;
  bgnbd: (BgNbdParams & { logLikelihood: number }) | null;
  gammaGamma: (GammaGammaParams & { logLikelihood: number; customers: number; frequencySpendCorrelation: number }) | null;
  /** E[X(horizon)] of a newly acquired customer. */
  expectedPurchasesNewCustomer: number;
  /** Holdout validation without the per-customer vector (that is in `values`). */
  holdout: Omit<HoldoutValidation, 'predicted'> | null;
  /** Per customer; `holdoutActual`/`holdoutPredicted` filled when there is a holdout. */
  values: CustomerValue[];
  highValueAtRisk: AtRiskCustomer[];
  flags: ThinnessFlag[];
  /** Thin-data verdict (reliability.ts): `notReliable` or `refused` → no CLV figure is to be shown as a result. */
  reliability: Reliability;
  warnings: CustomerWarning[];
}

/**
 * What a BG/NBD + Gamma-Gamma fit needs (README, "How much data each analysis needs"):
 * 100 customers and 100 repeat customers for stable estimates (Fader & Hardie's own
 * examples use thousands), at least one repeat customer to fit at all, and a history of
 * half a year for the repeat rate to show (4 weeks at the very least).
 */
function ltvChecks(customers: number, repeatCustomers: number, historyWeeks: number) {
  return [
    checkNeed('customers', customers, 100, 10),
    checkNeed('repeatCustomers', repeatCustomers, 100, 1),
    checkNeed('historyWeeks', historyWeeks, 26, 4),
  ];
}

/** BG/NBD + Gamma-Gamma lifetime value with optional holdout validation. */
export function analyzeLifetimeValue(input: OrderInput, options: LtvOptions): LtvAnalysis {
  const horizonWeeks = options.horizonWeeks ?? 52;
  // Coded once: the summary and the later purchases both read the log.
  const orders = toOrderColumns(input);
  const summary = summarizeOrderLog(orders, { calibrationEnd: options.calibrationEnd, holdoutEnd: options.holdoutEnd });
  const warnings = new WarningCounter();
  warnings.merge(summary.warnings);
  const customers = summary.customers;
  const base = {
    calibrationEnd: options.calibrationEnd,
    // Filled in from the later purchases below (the key stays here: the saved result's order).
    dataEnd: null as string | null,
    holdoutEnd: options.holdoutEnd ?? null,
    customers: customers.length,
    repeatCustomers: summary.repeatCustomers,
  };
  const historyWeeks = Number.isFinite(summary.timeline.firstDay) ? (summary.timeline.calibrationEndDay - summary.timeline.firstDay) / 7 : 0;
  const checks = ltvChecks(customers.length, summary.repeatCustomers, historyWeeks);
  const before = assess(checks);
  if (before.verdict === 'refused') {
    return {
      ...base,
      dataEnd: laterPurchases(orders, options.calibrationEnd, new Set()).dataEnd,
      bgnbd: null,
      gammaGamma: null,
      expectedPurchasesNewCustomer: 0,
      holdout: null,
      values: [],
      highValueAtRisk: [],
      atRiskBoughtAgain: { customers: 0, purchaseDays: 0, revenue: 0 },
      flags: thinnessFlags(customers, summary.timeline, horizonWeeks, null),
      reliability: before,
      warnings: warnings.list(),
    };
  }
  const repeatWithSpend = customers.some((c) => c.x > 0 && c.monetary > 0);
  const spendFit = repeatWithSpend ? (options.startSpendFit ?? fitSpendHere)(toSpendColumns(customers), options.seed) : null;
  const bg = fitBgNbd(customers, { seed: options.seed });
  const gg = spendFit ? spendFit() : null;
  if (gg) warnings.merge(gg.warnings);
  const fallbackSpend = gg ? gg.observedMeanSpend : 0;
  const values = predictCustomerValues(customers, bg.params, gg ? gg.params : null, fallbackSpend, options);
  const holdout = summary.timeline.holdoutEndDay === null ? null : validateHoldout(bg.params, customers, summary.timeline, (i) => values[i].pAlive);
  let holdoutReport: Omit<HoldoutValidation, 'predicted'> | null = null;
  if (holdout) {
    const { predicted, ...rest } = holdout;
    holdoutReport = rest;
    values.forEach((v, i) => {
      v.holdoutActual = customers[i].holdoutPurchases;
      v.holdoutPredicted = predicted[i];
    });
  }
  const candidates = highValueAtRisk(values);
  // What the at-risk candidates bought after the calibration end (nobody else's is read).
  const later = laterPurchases(orders, options.calibrationEnd, new Set(candidates.map((v) => v.customerId)));
  return {
    ...base,
    dataEnd: later.dataEnd,
    bgnbd: { ...bg.params, logLikelihood: bg.logLikelihood },
    gammaGamma: gg
      ? { ...gg.params, logLikelihood: gg.logLikelihood, customers: gg.customers, frequencySpendCorrelation: gg.frequencySpendCorrelation }
      : null,
    expectedPurchasesNewCustomer: unconditionalExpectedPurchases(bg.params, horizonWeeks),
    holdout: holdoutReport,
    values,
    ...stillAtRisk(candidates, later, bg.params, requireDay(options.calibrationEnd, 'calibrationEnd')),
    flags: thinnessFlags(customers, summary.timeline, horizonWeeks, holdout),
    reliability: assess(checks, [...parametersAtEdge({ ...bg.params }), ...(gg ? parametersAtEdge({ ...gg.params }) : [])]),
    warnings: warnings.list(),
  };
}

/**
 * The at-risk list as of the last day of data: customers who bought after the calibration
 * end are taken off (counted, with what they bought), and the weeks since the last
 * purchase count to the data end.
 */
function stillAtRisk(
  candidates: readonly CustomerValue[],
  later: ReturnType<typeof laterPurchases>,
  params: BgNbdParams,
  calibrationEndDay: number,
): { highValueAtRisk: AtRiskCustomer[]; atRiskBoughtAgain: LtvAnalysis['atRiskBoughtAgain'] } {
  const boughtAgain = { customers: 0, purchaseDays: 0, revenue: 0 };
  const kept: AtRiskCustomer[] = [];
  for (const v of candidates) {
    const again = later.after.get(v.customerId);
    if (again) {
      boughtAgain.customers++;
      boughtAgain.purchaseDays += again.days;
      boughtAgain.revenue += again.revenue;
      continue;
    }
    const last = later.lastPurchaseDay.get(v.customerId);
    const end = later.dataEndDay;
    const quietWeeks = end === null ? 0 : Math.max(0, end - calibrationEndDay) / 7;
    // Listed, not spread: spreading tens of thousands of objects costs a tenth of a second.
    kept.push({
      customerId: v.customerId,
      x: v.x,
      tx: v.tx,
      T: v.T,
      monetary: v.monetary,
      pAlive: v.pAlive,
      expectedPurchases: v.expectedPurchases,
      expectedSpend: v.expectedSpend,
      clv: v.clv,
      clvIfAlive: v.clvIfAlive,
      holdoutActual: v.holdoutActual,
      holdoutPredicted: v.holdoutPredicted,
      pAliveAtDataEnd: probabilityAlive(params, v.x, v.tx, v.T + quietWeeks),
      lastPurchase: last === undefined ? '' : formatDay(last),
      weeksSinceLastPurchase: last === undefined || end === null ? v.T - v.tx : (end - last) / 7,
    });
  }
  return { highValueAtRisk: kept, atRiskBoughtAgain: boughtAgain };
}
