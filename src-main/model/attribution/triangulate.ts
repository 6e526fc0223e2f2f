/**
 * Triangulation: every model's credit share per channel side by side. Models disagree for
 * reasons a marketer can act on (Kaushik, "Multi-Channel Attribution Modeling: The Good,
 * Bad and Ugly Models", Occam's Razor, 2013): an opener credited by first touch but not by
 * last, a closer the reverse, an assisting channel that last click ignores. A channel is
 * flagged when its share spread across models exceeds `thresholdPoints` (10 by default).
 */
import type { AttributionModel, ChannelCredits } from './types.js';
import type { TriangulationReason, TriangulationReasonCode, TriangulationRow } from '@shared/analyses/attribution.result.js';

export type { TriangulationReason, TriangulationReasonCode, TriangulationRow };

export const DEFAULT_DISAGREEMENT_POINTS = 10;


export interface TriangulateOptions {
  readonly thresholdPoints?: number;
  /** Which credit the shares are of (default conversions). */
  readonly basis?: 'conversions' | 'value';
}

export type ResultsByModel = ReadonlyMap<AttributionModel, ChannelCredits> | Partial<Record<AttributionModel, ChannelCredits>>;

const round1 = (x: number): number => Math.round(x * 10) / 10;
// Models that spread credit over the whole journey; one of them far above last click means an assist.
const ASSIST_MODELS: readonly AttributionModel[] = ['linear', 'markov', 'shapley'];

export function triangulate(resultsByModel: ResultsByModel, options: TriangulateOptions = {}): TriangulationRow[] {
  const threshold = options.thresholdPoints ?? DEFAULT_DISAGREEMENT_POINTS;
  const basis = options.basis ?? 'conversions';
  const entries: [AttributionModel, ChannelCredits][] =
    resultsByModel instanceof Map
      ? [...resultsByModel.entries()]
      : (Object.entries(resultsByModel) as [AttributionModel, ChannelCredits][]).filter(([, c]) => c !== undefined);

  const channels: string[] = [];
  const seen = new Set<string>();
  const totals = new Map<AttributionModel, number>();
  for (const [model, credits] of entries) {
    let total = 0;
    for (const [channel, credit] of credits) {
      total += basis === 'value' ? credit.value : credit.conversions;
      if (!seen.has(channel)) {
        seen.add(channel);
        channels.push(channel);
      }
    }
    totals.set(model, total);
  }

  const rows: TriangulationRow[] = [];
  for (const channel of channels) {
    const shares: Partial<Record<AttributionModel, number>> = {};
    let maxModel: AttributionModel | null = null;
    let minModel: AttributionModel | null = null;
    for (const [model, credits] of entries) {
      const total = totals.get(model) as number;
      if (!(total > 0)) continue;
      const credit = credits.get(channel);
      const share = (100 * (credit ? (basis === 'value' ? credit.value : credit.conversions) : 0)) / total;
      shares[model] = share;
      if (maxModel === null || share > (shares[maxModel] as number)) maxModel = model;
      if (minModel === null || share < (shares[minModel] as number)) minModel = model;
    }
    if (maxModel === null || minModel === null) continue;
    const max = shares[maxModel] as number;
    const min = shares[minModel] as number;
    const spread = max - min;
    const flagged = spread > threshold;
    rows.push({ channel, shares, maxModel, minModel, spread, flagged, reasons: flagged ? explain(channel, shares, threshold, { maxModel, minModel, max, min, spread }) : [] });
  }
  return rows;
}

function explain(
  channel: string,
  shares: Partial<Record<AttributionModel, number>>,
  threshold: number,
  extremes: { maxModel: AttributionModel; minModel: AttributionModel; max: number; min: number; spread: number },
): TriangulationReason[] {
  const base = {
    channel,
    maxModel: extremes.maxModel,
    maxShare: round1(extremes.max),
    minModel: extremes.minModel,
    minShare: round1(extremes.min),
    spread: round1(extremes.spread),
  };
  const reasons: TriangulationReason[] = [];
  const { first, last } = shares;
  if (first !== undefined && last !== undefined) {
    if (first - last > threshold) reasons.push({ code: 'mostly-opener', params: { ...base, first: round1(first), last: round1(last) } });
    if (last - first > threshold) reasons.push({ code: 'mostly-closer', params: { ...base, first: round1(first), last: round1(last) } });
  }
  if (last !== undefined) {
    let assistModel: AttributionModel | null = null;
    for (const model of ASSIST_MODELS) {
      const share = shares[model];
      if (share !== undefined && share - last > threshold && (assistModel === null || share > (shares[assistModel] as number))) {
        assistModel = model;
      }
    }
    if (assistModel !== null) {
      reasons.push({ code: 'assist', params: { ...base, assistModel, assistShare: round1(shares[assistModel] as number), last: round1(last) } });
    }
  }
  if (reasons.length === 0) reasons.push({ code: 'model-disagreement', params: base });
  return reasons;
}
