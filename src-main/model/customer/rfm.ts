/**
 * RFM scoring (Hughes 1994, "Strategic Database Marketing"):
 * at an as-of date, R = days since the last purchase, F = number of distinct orders,
 * M = revenue; R and M are quintile scores by the tie-robust rule of quintiles.ts; F puts
 * one-time buyers at 1 and ranks repeat buyers 2–5 by quartiles (frequency-score.ts,
 * Miglautsch 2000), so the one-time cells of the map (New Customers, Promising, Lost) fill
 * in low-frequency shops, where plain quintiles of a tied order count cannot.
 *
 * Refunds (rows with negative revenue) are not purchases: they add no order to F and do not
 * move the last-purchase date, but they are netted into M, so M is the customer's net
 * revenue. Rows with zero revenue are purchases worth nothing (free or unpriced orders: in
 * the CDNOW sample eight customers' only purchase is recorded at $0.00 and they are
 * customers in every published analysis of it). Customers whose rows are all refunds have
 * no purchase and are left out (`customersWithoutPurchases`). Rows after the as-of date are excluded (`futureOrders`).
 */
import { formatDay, makeDayFormatter, requireDay } from './dates.js';
import { prepareOrderLog, type OrderInput } from './order-log.js';
import { frequencyScores } from './frequency-score.js';
import { quintileScores } from './quintiles.js';
import { chineseSegment, englishSegment, fmScore, summarizeSegments, type SegmentSummary, type ZhHighRule } from './rfm-segments.js';
import { EN_SEGMENT_INFO, EN_SEGMENTS, ZH_SEGMENT_INFO, ZH_SEGMENTS, type EnSegment, type ZhSegment } from './segment-actions.js';
import type { CustomerWarning } from './warnings.js';

export interface RfmOptions {
  /** `YYYY-MM-DD`; orders on this day count, with R = 0. Default: the last order day. */
  asOf?: string;
  /** How the Chinese 8-class map decides "high" (see rfm-segments.ts). */
  zhRule?: ZhHighRule;
}

export interface RfmCustomer {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  firstPurchase: string;
  lastPurchase: string;
  r: number;
  f: number;
  m: number;
  fm: number;
  segment: EnSegment;
  segmentZh: ZhSegment;
}

export interface RfmResult {
  asOf: string;
  customers: RfmCustomer[];
  segments: SegmentSummary<EnSegment>[];
  segmentsZh: SegmentSummary<ZhSegment>[];
  zhRule: ZhHighRule;
  totalRevenue: number;
  /** Refund rows netted into M, and their (negative) total. */
  refunds: { rows: number; amount: number };
  warnings: CustomerWarning[];
}

/** RFM values, scores and both segmentations for every customer with a purchase. */
export function computeRfm(orders: OrderInput, options: RfmOptions = {}): RfmResult {
  const asOfLimit = options.asOf === undefined ? undefined : requireDay(options.asOf, 'asOf');
  const { log, warnings } = prepareOrderLog(orders, { lastDay: asOfLimit, orderKeys: true });
  const zhRule = options.zhRule ?? 'scoreAtLeast3';
  const total = log.customerIds.length;
  // Columns for the customers with a purchase (index `n`), then objects once at the end.
  const customerOf = new Int32Array(total);
  const firstDay = new Int32Array(total);
  const lastDay = new Int32Array(total);
  const frequency = new Float64Array(total);
  const monetary = new Float64Array(total);
  let n = 0;
  let refundRows = 0;
  let refundAmount = 0;
  for (let c = 0; c < total; c++) {
    let first = Infinity;
    let last = -Infinity;
    let net = 0;
    const keys: number[] = [];
    let keySet: Set<number> | null = null;
    for (let k = log.start[c]; k < log.start[c + 1]; k++) {
      const row = log.rowsByCustomer[k];
      const value = log.revenue[row];
      net += value;
      if (value < 0) {
        refundRows++;
        refundAmount += value;
        continue;
      }
      const day = log.day[row];
      if (day < first) first = day;
      if (day > last) last = day;
      // Distinct orders: a short list suffices for ordinary customers, a set for heavy ones.
      const key = log.orderKey[row];
      if (keySet) keySet.add(key);
      else if (!keys.includes(key)) {
        keys.push(key);
        if (keys.length > 16) keySet = new Set(keys);
      }
    }
    if (last === -Infinity) {
      warnings.add('customersWithoutPurchases');
      continue;
    }
    customerOf[n] = c;
    firstDay[n] = first;
    lastDay[n] = last;
    frequency[n] = keySet ? keySet.size : keys.length;
    monetary[n] = net;
    if (frequency[n] === 1) warnings.add('singlePurchaseCustomers');
    n++;
  }
  let minFirst = Infinity;
  let maxLast = -Infinity;
  for (let i = 0; i < n; i++) {
    minFirst = Math.min(minFirst, firstDay[i]);
    maxLast = Math.max(maxLast, lastDay[i]);
  }
  const asOfDay = asOfLimit ?? (n > 0 ? maxLast : 0);
  if (n > 0 && minFirst === maxLast) warnings.add('allOrdersOneDay');
  const recency = new Float64Array(n);
  for (let i = 0; i < n; i++) recency[i] = asOfDay - lastDay[i];
  const rScores = quintileScores(recency, false);
  const fScores = frequencyScores(frequency.subarray(0, n));
  const mScores = quintileScores(monetary.subarray(0, n), true);
  const mean = (s: Uint8Array): number => (n > 0 ? s.reduce((acc, v) => acc + v, 0) / n : 0);
  const means = { r: mean(rScores), f: mean(fScores), m: mean(mScores) };
  const dayText = makeDayFormatter();
  const customers: RfmCustomer[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = rScores[i];
    const f = fScores[i];
    const m = mScores[i];
    customers[i] = {
      customerId: log.customerIds[customerOf[i]],
      recencyDays: recency[i],
      frequency: frequency[i],
      monetary: monetary[i],
      firstPurchase: dayText(firstDay[i]),
      lastPurchase: dayText(lastDay[i]),
      r,
      f,
      m,
      fm: fmScore(f, m),
      segment: englishSegment(r, f, m),
      segmentZh: chineseSegment(r, f, m, zhRule, means),
    };
  }
  const revenue = monetary.subarray(0, n);
  const totalRevenue = revenue.reduce((acc, v) => acc + v, 0);
  if (n > 0 && !(totalRevenue > 0)) warnings.add('nonPositiveTotalRevenue');
  return {
    asOf: formatDay(asOfDay),
    customers,
    segments: summarizeSegments(EN_SEGMENTS, EN_SEGMENT_INFO, customers.map((c) => c.segment), revenue),
    segmentsZh: summarizeSegments(ZH_SEGMENTS, ZH_SEGMENT_INFO, customers.map((c) => c.segmentZh), revenue),
    zhRule,
    totalRevenue,
    refunds: { rows: refundRows, amount: refundAmount },
    warnings: warnings.list(),
  };
}
