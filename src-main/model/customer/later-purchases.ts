/**
 * What customers did after the calibration end (issue 14 finding 5). The LTV model is
 * fitted on the calibration period, but a list of customers "at risk" is acted on today:
 * a customer who bought again after the calibration end is not at risk, and "weeks since
 * the last purchase" counts to the last day of data, not to the calibration end.
 * Purchases are as in rfm-summary.ts: non-negative revenue rows; refunds are not purchases.
 */
import { formatDay, requireDay } from './dates.js';
import { canonicalCodes, daysOfDateTexts, toOrderColumns, type OrderInput } from './order-log.js';

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
 * customer's. The data end always covers the whole log. Rows are kept as prepareOrderLog
 * keeps them (order-log.ts); only the wanted customers' rows are gathered and ordered by
 * day, so a short candidate list costs one pass over the columns.
 */
export function laterPurchases(orders: OrderInput, calibrationEnd: string, only?: ReadonlySet<string>): LaterPurchases {
  const endDay = requireDay(calibrationEnd, 'calibrationEnd');
  const columns = toOrderColumns(orders);
  const ids = canonicalCodes(columns.customerIds);
  const dayOfDate = daysOfDateTexts(columns.dates);
  const wanted = new Uint8Array(columns.customerIds.length);
  for (let i = 0; i < wanted.length; i++) {
    const id = ids.code[i];
    wanted[i] = id >= 0 && (!only || only.has(ids.text(id))) ? 1 : 0;
  }
  // Rows of each wanted customer (by canonical code), in the order customers first appear.
  const rowsOf = new Map<number, number[]>();
  let dataEndDay = -Infinity;
  for (let i = 0; i < columns.customer.length; i++) {
    const id = ids.code[columns.customer[i]];
    if (id < 0) continue;
    const day = dayOfDate[columns.date[i]];
    if (Number.isNaN(day) || !Number.isFinite(columns.revenue[i])) continue;
    if (day > dataEndDay) dataEndDay = day;
    if (!wanted[columns.customer[i]]) continue;
    const rows = rowsOf.get(id);
    if (rows) rows.push(i);
    else rowsOf.set(id, [i]);
  }
  const lastPurchaseDay = new Map<string, number>();
  const after = new Map<string, { days: number; revenue: number }>();
  for (const [id, rows] of rowsOf) {
    rows.sort((x, y) => dayOfDate[columns.date[x]] - dayOfDate[columns.date[y]] || x - y);
    let last = -Infinity;
    let previousDay = -Infinity;
    let days = 0;
    let revenue = 0;
    for (const row of rows) {
      const day = dayOfDate[columns.date[row]];
      if (columns.revenue[row] < 0) continue;
      last = Math.max(last, day);
      if (day > endDay) {
        if (day !== previousDay) days++;
        revenue += columns.revenue[row];
      }
      previousDay = day;
    }
    const text = ids.text(id);
    if (last > -Infinity) lastPurchaseDay.set(text, last);
    if (days > 0) after.set(text, { days, revenue });
  }
  const hasData = dataEndDay > -Infinity;
  return { dataEnd: hasData ? formatDay(dataEndDay) : null, dataEndDay: hasData ? dataEndDay : null, lastPurchaseDay, after };
}
