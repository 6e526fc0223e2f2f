/**
 * The two RFM segment maps.
 *
 * English map — the widely used R × FM grid (the 10-segment R/F regex map popularised by
 * the open RFM notebooks, with its bottom-left cell split off as "Lost", giving the 11
 * segments of the Putler table). FM = ⌊(F + M + 1)/2⌋, the mean of F and M rounded half up.
 *
 *            R=1             R=2             R=3              R=4                  R=5
 *   FM=5     Can't Lose Them Can't Lose Them Loyal Customers  Loyal Customers      Champions
 *   FM=4     At Risk         At Risk         Loyal Customers  Loyal Customers      Champions
 *   FM=3     At Risk         At Risk         Need Attention   Potential Loyalists  Potential Loyalists
 *   FM=2     Hibernating     Hibernating     About to Sleep   Potential Loyalists  Potential Loyalists
 *   FM=1     Lost            Hibernating     About to Sleep   Promising            New Customers
 *
 * Chinese 8-class map (RFM 客户价值八分类): R, F and M each "high" or "low"; by default high
 * means score ≥ 3 (not in the bottom two quintiles) — robust to the skew of raw revenue,
 * whose mean is dominated by a few big spenders. The classic alternative, score above the
 * mean score, is available as `aboveMeanScore`.
 *   重要价值 R↑F↑M↑  重要发展 R↑F↓M↑  重要保持 R↓F↑M↑  重要挽留 R↓F↓M↑
 *   一般价值 R↑F↑M↓  一般发展 R↑F↓M↓  一般保持 R↓F↑M↓  一般挽留 R↓F↓M↓
 */
import type { Bilingual, EnSegment, SegmentInfo, ZhSegment } from './segment-actions.js';
import type { ZhHighRule } from '@shared/analyses/segments.result.js';

export type { ZhHighRule };

type Row = readonly [EnSegment, EnSegment, EnSegment, EnSegment, EnSegment];

/** EN_GRID[fm − 1][r − 1]. */
const EN_GRID: readonly Row[] = [
  ['lost', 'hibernating', 'aboutToSleep', 'promising', 'newCustomers'],
  ['hibernating', 'hibernating', 'aboutToSleep', 'potentialLoyalists', 'potentialLoyalists'],
  ['atRisk', 'atRisk', 'needAttention', 'potentialLoyalists', 'potentialLoyalists'],
  ['atRisk', 'atRisk', 'loyalCustomers', 'loyalCustomers', 'champions'],
  ['cantLoseThem', 'cantLoseThem', 'loyalCustomers', 'loyalCustomers', 'champions'],
];

/** Mean of the F and M scores, rounded half up. */
export function fmScore(f: number, m: number): number {
  return Math.floor((f + m + 1) / 2);
}

/** English segment of R, F, M scores (each 1…5). */
export function englishSegment(r: number, f: number, m: number): EnSegment {
  return EN_GRID[fmScore(f, m) - 1][r - 1];
}


/** Mean R, F, M scores, the thresholds of the `aboveMeanScore` rule. */
export interface ScoreMeans {
  r: number;
  f: number;
  m: number;
}

const ZH_TABLE: Readonly<Record<string, ZhSegment>> = {
  HHH: 'importantValue',
  HLH: 'importantDevelop',
  LHH: 'importantKeep',
  LLH: 'importantRetain',
  HHL: 'generalValue',
  HLL: 'generalDevelop',
  LHL: 'generalKeep',
  LLL: 'generalRetain',
};

/** Chinese 8-class segment of R, F, M scores. */
export function chineseSegment(r: number, f: number, m: number, rule: ZhHighRule, means: ScoreMeans): ZhSegment {
  const high = (score: number, mean: number): string => {
    switch (rule) {
      case 'scoreAtLeast3':
        return score >= 3 ? 'H' : 'L';
      case 'aboveMeanScore':
        return score > mean ? 'H' : 'L';
      default: {
        const unreachable: never = rule;
        throw new RangeError(`unknown rule ${String(unreachable)}`);
      }
    }
  };
  return ZH_TABLE[high(r, means.r) + high(f, means.f) + high(m, means.m)];
}

export interface SegmentSummary<S extends string> {
  segment: S;
  label: Bilingual;
  customers: number;
  customerShare: number;
  revenue: number;
  /** Segment revenue / total revenue (0 when the total is not positive). */
  revenueShare: number;
  action: string;
  actionText: Bilingual;
}

/** Customers and revenue per segment, every segment listed (empty ones with zeros). */
export function summarizeSegments<S extends string>(
  segments: readonly S[],
  info: Readonly<Record<S, SegmentInfo>>,
  members: ArrayLike<S>,
  revenue: ArrayLike<number>,
): SegmentSummary<S>[] {
  const counts = new Map<S, number>();
  const sums = new Map<S, number>();
  let total = 0;
  for (let i = 0; i < members.length; i++) {
    counts.set(members[i], (counts.get(members[i]) ?? 0) + 1);
    sums.set(members[i], (sums.get(members[i]) ?? 0) + revenue[i]);
    total += revenue[i];
  }
  const n = members.length;
  return segments.map((segment) => {
    const customers = counts.get(segment) ?? 0;
    const segmentRevenue = sums.get(segment) ?? 0;
    return {
      segment,
      label: info[segment].label,
      customers,
      customerShare: n > 0 ? customers / n : 0,
      revenue: segmentRevenue,
      revenueShare: total > 0 ? segmentRevenue / total : 0,
      action: info[segment].action,
      actionText: info[segment].actionText,
    };
  });
}
