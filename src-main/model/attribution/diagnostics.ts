/**
 * Journey diagnostics shown next to the models (issue 4 §5): the most common paths, how
 * long journeys are, and how long customers take to convert. The same summaries GA's
 * "Top conversion paths", "Path length" and "Time lag" reports give.
 */
import { toJourneyTable } from './journey-table.js';
import type { JourneyInput, JourneySource } from './journey-table.js';
import { isJourneyColumns, type JourneyColumns } from './journey-columns.js';
import type { Journey } from './types.js';
import { DAY_MS } from './units.js';
import type { PathLengthBucket, TimeToConversion, TopPath } from '@shared/analyses/attribution.result.js';

export type { PathLengthBucket, TimeToConversion, TopPath };


/** The `n` paths with the most conversions (ties: most journeys, then the shorter path). */
export function topPaths(journeys: JourneyInput, n = 10): TopPath[] {
  const table = toJourneyTable(journeys);
  const order = Array.from({ length: table.pathCount }, (_, p) => p);
  const length = (p: number): number => table.offsets[p + 1] - table.offsets[p];
  order.sort(
    (a, b) =>
      table.conversions[b] - table.conversions[a] ||
      table.conversions[b] + table.nulls[b] - (table.conversions[a] + table.nulls[a]) ||
      length(a) - length(b),
  );
  return order.slice(0, Math.max(0, n)).map((p) => {
    const channels = Array.from(table.steps.subarray(table.offsets[p], table.offsets[p + 1]), (id) => table.channels[id]);
    const conversions = table.conversions[p];
    const nulls = table.nulls[p];
    return { channels, conversions, nulls, value: table.values[p], conversionRate: conversions / (conversions + nulls) };
  });
}


export function pathLengthDistribution(journeys: JourneyInput): PathLengthBucket[] {
  const table = toJourneyTable(journeys);
  const byLength = new Map<number, { conversions: number; nulls: number }>();
  for (let p = 0; p < table.pathCount; p++) {
    const length = table.offsets[p + 1] - table.offsets[p];
    const bucket = byLength.get(length) ?? { conversions: 0, nulls: 0 };
    bucket.conversions += table.conversions[p];
    bucket.nulls += table.nulls[p];
    byLength.set(length, bucket);
  }
  return [...byLength.entries()].sort((a, b) => a[0] - b[0]).map(([length, b]) => ({ length, ...b }));
}


/**
 * Days from a journey's first touch to its conversion (the conversion time, or the last
 * touch when the conversion time is unknown). Null when no converting journey has times.
 */
export function timeToConversion(journeys: JourneySource): TimeToConversion | null {
  const lags = isJourneyColumns(journeys) ? conversionLagsOfColumns(journeys) : conversionLagsOfObjects(journeys);
  const n = lags.days.length;
  if (n === 0) return null;
  const { days, weight } = lags.weight ? sortedByDays(lags.days, lags.weight) : { days: lags.days.sort(), weight: null };
  // Sums in order of days: the figures do not depend on the order journeys came in.
  let total = 0;
  let weighted = 0;
  const byDay = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const w = weight ? weight[i] : 1;
    total += w;
    weighted += days[i] * w;
    const day = Math.floor(days[i]);
    byDay.set(day, (byDay.get(day) ?? 0) + w);
  }
  return {
    buckets: [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([days, conversions]) => ({ days, conversions })),
    meanDays: weighted / total,
    medianDays: weightedMedian(days, weight, total),
    unmeasured: lags.unmeasured,
  };
}

/** In order of days, equal days in journey order (what a stable sort gives). */
function sortedByDays(days: Float64Array, weight: Float64Array): { days: Float64Array; weight: Float64Array } {
  const order = Int32Array.from({ length: days.length }, (_, i) => i).sort((a, b) => days[a] - days[b] || a - b);
  return { days: Float64Array.from(order, (i) => days[i]), weight: Float64Array.from(order, (i) => weight[i]) };
}

/** Days to conversion per converting journey, and how many journeys each stands for (null: one each). */
interface ConversionLags {
  days: Float64Array;
  weight: Float64Array | null;
  unmeasured: number;
}

function conversionLagsOfObjects(journeys: readonly Journey[]): ConversionLags {
  const days: number[] = [];
  const weight: number[] = [];
  let unmeasured = 0;
  for (const journey of journeys) {
    if (!journey.converted) continue;
    const times = journey.times;
    if (!times || times.length === 0) {
      unmeasured += journey.count;
      continue;
    }
    let first = Infinity;
    let last = -Infinity;
    for (const t of times) {
      if (t < first) first = t;
      if (t > last) last = t;
    }
    const end = journey.conversionTime ?? last;
    days.push(Math.max(0, end - first) / DAY_MS);
    weight.push(journey.count);
  }
  return { days: Float64Array.from(days), weight: Float64Array.from(weight), unmeasured };
}

/**
 * Journeys of a touchpoint log: each has touch times and stands for one journey, so only
 * the days matter, and they sort as numbers (no comparator: a million conversions).
 */
function conversionLagsOfColumns(journeys: JourneyColumns): ConversionLags {
  let converted = 0;
  for (let j = 0; j < journeys.size; j++) converted += journeys.converted[j];
  const days = new Float64Array(converted);
  let k = 0;
  for (let j = 0; j < journeys.size; j++) {
    if (journeys.converted[j] !== 1) continue;
    let first = Infinity;
    let last = -Infinity;
    for (let i = journeys.start[j]; i < journeys.start[j + 1]; i++) {
      const t = journeys.time[i];
      if (t < first) first = t;
      if (t > last) last = t;
    }
    const at = journeys.conversionTime[j];
    days[k++] = Math.max(0, (Number.isNaN(at) ? last : at) - first) / DAY_MS;
  }
  return { days, weight: null, unmeasured: 0 };
}

/** Median of sorted weighted samples (null weights: one each): the midpoint when the cumulative weight hits exactly half. */
function weightedMedian(days: Float64Array, weight: Float64Array | null, total: number): number {
  let cumulative = 0;
  for (let i = 0; i < days.length; i++) {
    cumulative += weight ? weight[i] : 1;
    if (cumulative > total / 2) return days[i];
    if (cumulative === total / 2) return (days[i] + days[i + 1]) / 2;
  }
  return days[days.length - 1];
}
