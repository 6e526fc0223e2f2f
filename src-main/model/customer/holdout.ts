/**
 * Calibration/holdout validation of the BG/NBD model, as in Fader, Hardie & Lee 2005 §4:
 * - per customer, predicted purchases in the holdout, E[Y(t) | x, t_x, T] with t the holdout
 *   length, against actual holdout purchase days: MAE, RMSE, Pearson correlation;
 * - mean actual vs mean predicted holdout purchases by calibration frequency 0…6, 7+
 *   (FHL Figure 3, "conditional expectations");
 * - cumulative repeat purchases week by week over calibration and holdout, actual against
 *   Σ_customers E[X(time since first purchase)] (FHL Figure 2, "tracking").
 * Thin data is flagged in plain codes instead of being silently trusted.
 */
import type { BgNbdParams } from './bgnbd.js';
import { probabilityAlive, unconditionalExpectedPurchases } from './bgnbd-predict.js';
import { makeCumulativeExpectation } from './expectation-cache.js';
import { formatDay } from './dates.js';
import type { CustomerSummary, PurchaseTimeline } from './rfm-summary.js';
import { pearsonCorrelation } from './statistics.js';
import { THINNESS_CODES } from '@shared/analyses/ltv.result.js';
import type { FrequencyGroup, HoldoutSummary, ThinnessCode, ThinnessFlag, TrackingPoint } from '@shared/analyses/ltv.result.js';

export { THINNESS_CODES };
export type { FrequencyGroup, ThinnessCode, ThinnessFlag, TrackingPoint };

export interface HoldoutValidation extends HoldoutSummary {
  /** Per customer, in the order of the summaries. */
  predicted: Float64Array;
}



/** Cumulative actual vs expected repeat purchases at the end of every week. */
export function trackCumulativePurchases(params: BgNbdParams, timeline: PurchaseTimeline): TrackingPoint[] {
  const end = timeline.holdoutEndDay ?? timeline.calibrationEndDay;
  if (!Number.isFinite(timeline.firstDay) || end < timeline.firstDay) return [];
  const weeks = Math.ceil((end - timeline.firstDay + 1) / 7);
  const repeatDays = [...timeline.repeatPurchases.entries()].sort((u, v) => u[0] - v[0]);
  const firsts = [...timeline.firstPurchases.entries()];
  const points: TrackingPoint[] = [];
  let cursor = 0;
  let actual = 0;
  for (let week = 1; week <= weeks; week++) {
    const weekEnd = Math.min(timeline.firstDay + 7 * week - 1, end);
    while (cursor < repeatDays.length && repeatDays[cursor][0] <= weekEnd) actual += repeatDays[cursor++][1];
    let expected = 0;
    for (const [day, count] of firsts) {
      if (day < weekEnd) expected += count * unconditionalExpectedPurchases(params, (weekEnd - day) / 7);
    }
    points.push({ week, weekEnd: formatDay(weekEnd), actualCumulative: actual, expectedCumulative: expected });
  }
  return points;
}

/**
 * Holdout validation of fitted BG/NBD parameters on the summaries' holdout counts.
 * `pAlive`: P(alive | x, t_x, T) per customer when the caller has it already (the CLV step
 * computes the very same closed form for every customer); omitted, it is computed here.
 */
export function validateHoldout(
  params: BgNbdParams,
  customers: readonly CustomerSummary[],
  timeline: PurchaseTimeline,
  pAlive?: (i: number) => number,
): HoldoutValidation {
  const holdoutWeeks = timeline.holdoutEndDay === null ? 0 : (timeline.holdoutEndDay - timeline.calibrationEndDay) / 7;
  const n = customers.length;
  const predicted = new Float64Array(n);
  const actual = new Float64Array(n);
  // E[Y(t) | x, t_x, T] = E[purchases in t if alive | x, T] · P(alive | x, t_x, T): the
  // series depends on x and T only (few distinct pairs, cached); P(alive) is a closed form.
  const ifAlive = makeCumulativeExpectation(params, [holdoutWeeks]);
  const alive = pAlive ?? ((i: number): number => probabilityAlive(params, customers[i].x, customers[i].tx, customers[i].T));
  let absError = 0;
  let squaredError = 0;
  let actualTotal = 0;
  let predictedTotal = 0;
  const groups = Array.from({ length: 8 }, () => ({ customers: 0, actual: 0, predicted: 0 }));
  customers.forEach((c, i) => {
    const value = holdoutWeeks > 0 ? ifAlive(c.x, c.T)[0] * alive(i) : 0;
    predicted[i] = value;
    actual[i] = c.holdoutPurchases;
    absError += Math.abs(value - c.holdoutPurchases);
    squaredError += (value - c.holdoutPurchases) ** 2;
    actualTotal += c.holdoutPurchases;
    predictedTotal += value;
    const g = groups[Math.min(7, c.x)];
    g.customers++;
    g.actual += c.holdoutPurchases;
    g.predicted += value;
  });
  return {
    holdoutWeeks,
    customers: n,
    actualTotal,
    predictedTotal,
    mae: n > 0 ? absError / n : 0,
    rmse: n > 0 ? Math.sqrt(squaredError / n) : 0,
    correlation: pearsonCorrelation(predicted, actual),
    byFrequency: groups.map((g, x) => ({
      frequency: x === 7 ? '7+' : String(x),
      customers: g.customers,
      actualMean: g.customers > 0 ? g.actual / g.customers : 0,
      predictedMean: g.customers > 0 ? g.predicted / g.customers : 0,
    })),
    tracking: trackCumulativePurchases(params, timeline),
    predicted,
  };
}

/** Plain-language flags for data too thin to trust the fit or the validation. */
export function thinnessFlags(
  customers: readonly CustomerSummary[],
  timeline: PurchaseTimeline,
  horizonWeeks: number,
  holdout: HoldoutValidation | null,
): ThinnessFlag[] {
  const flags: ThinnessFlag[] = [];
  const repeatCustomers = customers.filter((c) => c.x > 0).length;
  if (repeatCustomers < 100) flags.push({ code: 'fewRepeatCustomers', params: { repeatCustomers, minimum: 100 } });
  if (customers.length < 100) flags.push({ code: 'fewCustomers', params: { customers: customers.length, minimum: 100 } });
  const historyWeeks = Number.isFinite(timeline.firstDay) ? (timeline.calibrationEndDay - timeline.firstDay) / 7 : 0;
  if (historyWeeks < horizonWeeks) flags.push({ code: 'historyShorterThanHorizon', params: { historyWeeks, horizonWeeks } });
  const calibrationRepeats = [...timeline.repeatPurchases.keys()].some((d) => d <= timeline.calibrationEndDay);
  if (customers.length > 0 && timeline.firstPurchases.size === 1 && !calibrationRepeats) flags.push({ code: 'allOrdersOneDay', params: {} });
  if (holdout && holdout.holdoutWeeks < horizonWeeks) {
    flags.push({ code: 'holdoutShorterThanHorizon', params: { holdoutWeeks: holdout.holdoutWeeks, horizonWeeks } });
  }
  if (holdout && holdout.holdoutWeeks > 0 && holdout.actualTotal === 0) flags.push({ code: 'noHoldoutPurchases', params: {} });
  return flags;
}
