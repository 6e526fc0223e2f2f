/**
 * The customer-by-customer summary the BG/NBD and Gamma-Gamma models are fitted to
 * (Fader, Hardie & Lee 2005, §2; Fader & Hardie 2013), built from the order log:
 * - purchases are days: all order rows of a customer on one day merge into one transaction
 *   whose value is their sum; refunds (negative revenue) are not transactions and are
 *   ignored; zero-revenue rows are transactions worth 0 (the published CDNOW fits count the
 *   eight customers whose only purchase is $0.00);
 * - x = number of repeat purchase days in the calibration period (days after the first);
 * - t_x = time of the last calibration purchase, T = the calibration end, both measured
 *   from the first purchase, in weeks (days / 7); the calibration end day is included;
 * - monetary = mean value of the repeat transactions (the first purchase is excluded, as in
 *   Fader & Hardie 2013), 0 when x = 0;
 * - holdoutPurchases = purchase days in (calibration end, holdout end].
 * Customers whose first purchase falls after the calibration end are left out and counted.
 */
import { makeDayFormatter, requireDay } from './dates.js';
import { prepareOrderLog, type OrderInput } from './order-log.js';
import type { CustomerWarning } from './warnings.js';

export interface CustomerSummary {
  customerId: string;
  x: number;
  tx: number;
  T: number;
  monetary: number;
  holdoutPurchases: number;
  firstPurchase: string;
}

/** Counts of first and repeat purchase days by calendar day, for the tracking chart. */
export interface PurchaseTimeline {
  firstPurchases: Map<number, number>;
  repeatPurchases: Map<number, number>;
  firstDay: number;
  calibrationEndDay: number;
  holdoutEndDay: number | null;
}

export interface SummaryOptions {
  /** Last day of the calibration period, `YYYY-MM-DD`, included. */
  calibrationEnd: string;
  /** Last day of the holdout period, included; omitted: no holdout. */
  holdoutEnd?: string;
}

export interface OrderLogSummary {
  customers: CustomerSummary[];
  repeatCustomers: number;
  timeline: PurchaseTimeline;
  warnings: CustomerWarning[];
}

const bump = (map: Map<number, number>, key: number): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** Calibration summaries (x, t_x, T, monetary) and holdout counts for every customer. */
export function summarizeOrderLog(orders: OrderInput, options: SummaryOptions): OrderLogSummary {
  const calibrationEndDay = requireDay(options.calibrationEnd, 'calibrationEnd');
  const holdoutEndDay = options.holdoutEnd === undefined ? null : requireDay(options.holdoutEnd, 'holdoutEnd');
  if (holdoutEndDay !== null && holdoutEndDay <= calibrationEndDay) {
    throw new RangeError('holdoutEnd must be after calibrationEnd');
  }
  const { log, warnings } = prepareOrderLog(orders, { lastDay: holdoutEndDay ?? calibrationEndDay });
  const timeline: PurchaseTimeline = {
    firstPurchases: new Map(),
    repeatPurchases: new Map(),
    firstDay: Infinity,
    calibrationEndDay,
    holdoutEndDay,
  };
  const formatDay = makeDayFormatter();
  const customers: CustomerSummary[] = [];
  let repeatCustomers = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let c = 0; c < log.customerIds.length; c++) {
    let first = -1;
    let previous = -1;
    let days = 0;
    let lastCalibrationDay = -1;
    let repeatSpend = 0;
    let holdout = 0;
    for (let k = log.start[c]; k < log.start[c + 1]; k++) {
      const row = log.rowsByCustomer[k];
      const value = log.revenue[row];
      if (value < 0) continue;
      const day = log.day[row];
      const newDay = day !== previous;
      previous = day;
      if (first < 0) first = day;
      if (first > calibrationEndDay) break;
      if (newDay && day !== first) bump(timeline.repeatPurchases, day);
      if (day > calibrationEndDay) {
        if (newDay) holdout++;
        continue;
      }
      if (newDay) days++;
      lastCalibrationDay = day;
      if (day !== first) repeatSpend += value;
    }
    if (first < 0) {
      warnings.add('customersWithoutPurchases');
      continue;
    }
    if (first > calibrationEndDay) {
      warnings.add('customersAfterCalibration');
      continue;
    }
    const x = days - 1;
    if (x > 0) repeatCustomers++;
    else warnings.add('singlePurchaseCustomers');
    minDay = Math.min(minDay, first);
    maxDay = Math.max(maxDay, lastCalibrationDay);
    bump(timeline.firstPurchases, first);
    customers.push({
      customerId: log.customerIds[c],
      x,
      tx: (lastCalibrationDay - first) / 7,
      T: (calibrationEndDay - first) / 7,
      monetary: x > 0 ? repeatSpend / x : 0,
      holdoutPurchases: holdout,
      firstPurchase: formatDay(first),
    });
  }
  if (customers.length > 0 && minDay === maxDay) warnings.add('allOrdersOneDay');
  if (customers.length > 0 && repeatCustomers === 0) warnings.add('noRepeatCustomers');
  else if (customers.length > 0 && repeatCustomers < 100) warnings.add('fewRepeatCustomers');
  timeline.firstDay = minDay;
  return { customers, repeatCustomers, timeline, warnings: warnings.list() };
}
