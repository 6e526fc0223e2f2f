/**
 * What customers did after the calibration end (issue 14 finding 5). The LTV model is
 * fitted on the calibration period, but a list of customers "at risk" is acted on today:
 * a customer who bought again after the calibration end is not at risk, and "weeks since
 * the last purchase" counts to the last day of data, not to the calibration end.
 * Purchases are as in rfm-summary.ts: non-negative revenue rows; refunds are not purchases.
 */
import { formatDay, requireDay } from './dates.js';
import { prepareOrderLog, type OrderInput } from './order-log.js';

export interface LaterPurchases {
  /** The last order day in the whole log (`YYYY-MM-DD`), or null for an empty log. */
  dataEnd: string | null;
  dataEndDay: number | null;
  /** Last purchase day of every customer (of those asked about) over the whole log. */
  lastPurchaseDay: Map<string, number>;
  /** Purchase days and revenue after the calibration end, per customer who bought again. */
  after: Map<string, { days: number; revenue: number }>;
}

/**
 * `only`: the customers whose figures are wanted (the at-risk candidates); omitted, every
 * customer's. The data end always covers the whole log.
 */
export function laterPurchases(orders: OrderInput, calibrationEnd: string, only?: ReadonlySet<string>): LaterPurchases {
  const endDay = requireDay(calibrationEnd, 'calibrationEnd');
  const { log } = prepareOrderLog(orders);
  const lastPurchaseDay = new Map<string, number>();
  const after = new Map<string, { days: number; revenue: number }>();
  let dataEndDay = -Infinity;
  for (let c = 0; c < log.customerIds.length; c++) {
    let last = -Infinity;
    let previousDay = -Infinity;
    let days = 0;
    let revenue = 0;
    for (let k = log.start[c]; k < log.start[c + 1]; k++) {
      const row = log.rowsByCustomer[k];
      const day = log.day[row];
      dataEndDay = Math.max(dataEndDay, day);
      if (log.revenue[row] < 0) continue;
      last = Math.max(last, day);
      if (day > endDay) {
        if (day !== previousDay) days++;
        revenue += log.revenue[row];
      }
      previousDay = day;
    }
    const id = log.customerIds[c];
    if (only && !only.has(id)) continue;
    if (last > -Infinity) lastPurchaseDay.set(id, last);
    if (days > 0) after.set(id, { days, revenue });
  }
  const hasData = dataEndDay > -Infinity;
  return { dataEnd: hasData ? formatDay(dataEndDay) : null, dataEndDay: hasData ? dataEndDay : null, lastPurchaseDay, after };
}
