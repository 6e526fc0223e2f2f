/**
 * The honesty gate (issue 12 item 4: thin data gets a plain verdict, never a confident wrong figure): checks before the fit (history,
 * points per parameter, spend variation, correlated channels) and after it (held-out error,
 * intervals including zero, stability) become codes with their numbers, turned into zh/en
 * words by the caller, and one verdict. Thresholds follow common MMM practice: Robyn's and
 * Meridian's guidance of at least a year of weekly data and ~10 points per coefficient,
 * and |r| > 0.8 as the point where two channels' effects cannot be told apart.
 */
import type { MmmData } from './types.js';
import type { GateReason, GateResult, GateVerdict } from '@shared/analyses/mmm.result.js';

export type { GateReason, GateResult, GateVerdict };

export const MIN_WEEKS = 26;
export const FULL_YEAR_WEEKS = 52;
/** Below this many weeks per coefficient the fit falls back to fewer parameters. */
export const THIN_POINTS_PER_COEFFICIENT = 5;
/** Below this many the answer is directional only. */
export const DIRECTIONAL_POINTS_PER_COEFFICIENT = 8;
export const CORRELATION_LIMIT = 0.8;
/** Coefficient of variation of weekly spend below which a channel's effect cannot be learned. */
export const FLAT_SPEND_CV = 0.1;


export interface PreFitGate extends GateResult {
  /** Use the thin-data fallback (fewer parameters, stronger shrinkage). */
  thin: boolean;
  seasonality: boolean;
}

export function pearson(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  let ma = 0;
  let mb = 0;
  for (let t = 0; t < n; t++) {
    ma += a[t];
    mb += b[t];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let t = 0; t < n; t++) {
    sab += (a[t] - ma) * (b[t] - mb);
    saa += (a[t] - ma) ** 2;
    sbb += (b[t] - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
}

function variation(values: ArrayLike<number>): { mean: number; cv: number } {
  let mean = 0;
  for (let t = 0; t < values.length; t++) mean += values[t];
  mean /= values.length || 1;
  let ss = 0;
  for (let t = 0; t < values.length; t++) ss += (values[t] - mean) ** 2;
  const sd = Math.sqrt(ss / (values.length || 1));
  return { mean, cv: mean > 0 ? sd / mean : 0 };
}

/** Coefficients of the full model: intercept, trend, 4 Fourier terms (from a year), controls, one β per channel. */
export function coefficientCount(weeks: number, channels: number, controls: number, seasonality: boolean): number {
  return 2 + (seasonality ? 4 : 0) + controls + channels;
}

export function gateBeforeFit(data: MmmData, thinOption: 'auto' | boolean = 'auto', seasonalityOption: 'auto' | boolean = 'auto'): PreFitGate {
  const weeks = data.kpi.length;
  const reasons: GateReason[] = [];
  let directional = false;
  let refuse = false;
  if (weeks < MIN_WEEKS) {
    reasons.push({ code: 'tooFewWeeks', weeks, minimum: MIN_WEEKS });
    refuse = true;
  } else if (weeks < FULL_YEAR_WEEKS) {
    reasons.push({ code: 'lessThanAYear', weeks });
    directional = true;
  }
  let kpiTotal = 0;
  for (let t = 0; t < weeks; t++) kpiTotal += Math.abs(data.kpi[t]);
  if (kpiTotal === 0) {
    reasons.push({ code: 'kpiAllZero' });
    refuse = true;
  }
  for (const channel of data.channels) {
    const v = variation(channel.spend);
    if (v.mean === 0) {
      reasons.push({ code: 'channelNeverSpends', channel: channel.name });
      directional = true;
    } else if (v.cv < FLAT_SPEND_CV) {
      reasons.push({ code: 'flatSpend', channel: channel.name, variation: v.cv });
      directional = true;
    }
  }
  for (let a = 0; a < data.channels.length; a++) {
    for (let b = a + 1; b < data.channels.length; b++) {
      const r = pearson(data.channels[a].spend, data.channels[b].spend);
      if (Math.abs(r) > CORRELATION_LIMIT) {
        reasons.push({ code: 'correlatedSpend', channel: data.channels[a].name, other: data.channels[b].name, correlation: r });
        directional = true;
      }
    }
  }
  const seasonality = seasonalityOption === 'auto' ? weeks >= FULL_YEAR_WEEKS : seasonalityOption;
  const controls = data.controls?.length ?? 0;
  const coefficients = coefficientCount(weeks, data.channels.length, controls, seasonality);
  const perCoefficient = weeks / coefficients;
  if (perCoefficient < DIRECTIONAL_POINTS_PER_COEFFICIENT) {
    reasons.push({ code: 'fewPointsPerParameter', weeks, coefficients, perCoefficient });
    directional = true;
  }
  const thin = thinOption === 'auto' ? weeks < FULL_YEAR_WEEKS || perCoefficient < THIN_POINTS_PER_COEFFICIENT : thinOption;
  if (thin) reasons.push({ code: 'thinDataFallback' });
  return {
    verdict: refuse ? 'notEnoughData' : directional ? 'directionalOnly' : 'enoughEvidence',
    reasons,
    thin,
    // The thin fallback drops seasonality (four fewer coefficients).
    seasonality: seasonality && !thin,
  };
}

export interface PostFitFacts {
  mape: number;
  mapeHoldout: number;
  stability: number;
  channels: readonly { channel: string; roasLow: number; roasHigh: number; verdict: 'effect' | 'noDetectableEffect' | 'notSeparable' }[];
  /** Channels whose spends move together: what they return together, the figure the data do measure (correlatedGroups). */
  groups?: readonly { channels: readonly string[]; roas: number; roasLow: number; roasHigh: number }[];
  /** Hyper-parameters the search left at the edge of its range: the data wanted more than it allows. */
  atBounds?: readonly { channel: string; parameter: 'decay' | 'halfSaturation' | 'shape'; value: number }[];
  /** The channel with the lowest ROAS, and how often the bootstrap replicates agree (lowestChannel). */
  lowest?: LowestChannel;
}

export interface LowestChannel {
  /** The channel most often lowest across the replicates. */
  channel: string;
  /** Share of replicates in which it has the lowest ROAS. */
  share: number;
  /** The channel next most often lowest. */
  other: string;
  otherShare: number;
  /** The lowest ROAS of the point estimate (the table's lowest). */
  pointLowest: string;
}

/**
 * Channels linked by any correlated pair of the gate before the fit (|r| > CORRELATION_LIMIT),
 * as groups of channel indices in input order: the data measure each group's total, not
 * how it splits among its channels.
 */
export function correlatedGroups(names: readonly string[], reasons: readonly GateReason[]): number[][] {
  const group = names.map((_, c) => c);
  const root = (c: number): number => (group[c] === c ? c : (group[c] = root(group[c])));
  for (const r of reasons) {
    if (r.code !== 'correlatedSpend') continue;
    const a = root(names.indexOf(r.channel));
    const b = root(names.indexOf(r.other));
    if (a !== b) group[Math.max(a, b)] = Math.min(a, b);
  }
  const groups: number[][] = [];
  names.forEach((_, c) => {
    const r = root(c);
    const found = groups.find((g) => g[0] === r);
    if (found) found.push(c);
    else groups.push([c]);
  });
  return groups.filter((g) => g.length > 1);
}

/** Below this share of replicates agreeing on the lowest-ROAS channel, the gate says it is not clear which one it is. */
export const LOWEST_CLEAR_SHARE = 0.9;

/**
 * Which channel earns least, and how sure: the share of replicates (draws of the answer)
 * in which each channel has the lowest ROAS. The candidates are named in order of that
 * share, so the sentence "X in 45 % of draws, Y in 30 %" never leads with the less likely
 * one; the point estimate's lowest comes first only when it is also the most drawn (ties
 * go to it, then to input order). Channels that never spend are left out. Undefined with
 * fewer than two channels.
 */
export function lowestChannel(names: readonly string[], point: readonly number[], replicates: readonly (readonly number[])[], spends: readonly boolean[]): LowestChannel | undefined {
  const candidates = names.map((_, c) => c).filter((c) => spends[c]);
  if (candidates.length < 2 || replicates.length === 0) return undefined;
  const argmin = (roas: readonly number[]) => candidates.reduce((best, c) => (roas[c] < roas[best] ? c : best), candidates[0]);
  const pointLowest = argmin(point);
  const counts = new Array<number>(names.length).fill(0);
  for (const roas of replicates) counts[argmin(roas)]++;
  const [first, second] = [...candidates].sort((a, b) => counts[b] - counts[a] || Number(b === pointLowest) - Number(a === pointLowest) || a - b);
  return { channel: names[first], share: counts[first] / replicates.length, other: names[second], otherShare: counts[second] / replicates.length, pointLowest: names[pointLowest] };
}

/** Held-out MAPE above twice the in-sample one and 10 points more: the fit does not generalise. */
export function holdoutMuchWorse(mape: number, mapeHoldout: number): boolean {
  return mapeHoldout > 2 * mape && mapeHoldout > mape + 0.1;
}

export const MIN_STABILITY = 0.5;

export function gateAfterFit(before: GateResult, facts: PostFitFacts): GateResult {
  const reasons = [...before.reasons];
  let directional = before.verdict !== 'enoughEvidence';
  if (holdoutMuchWorse(facts.mape, facts.mapeHoldout)) {
    reasons.push({ code: 'holdoutMuchWorse', mape: facts.mape, mapeHoldout: facts.mapeHoldout });
    directional = true;
  }
  for (const g of facts.groups ?? []) reasons.push({ code: 'measuredTogether', channel: g.channels[0], roas: g.roas, roasLow: g.roasLow, roasHigh: g.roasHigh });
  let withoutEffect = 0;
  for (const c of facts.channels) {
    if (c.verdict === 'noDetectableEffect') {
      reasons.push({ code: 'noDetectableEffect', channel: c.channel, roasLow: c.roasLow, roasHigh: c.roasHigh });
      withoutEffect++;
    }
  }
  // One channel without a detectable effect is itself a result; most of them is not an answer.
  if (withoutEffect * 2 > facts.channels.length) directional = true;
  // A parameter at the edge of the searched range is not an estimate: it says the search ran out of room.
  for (const bound of facts.atBounds ?? []) {
    reasons.push({ code: 'atSearchBound', ...bound });
    directional = true;
  }
  // Not a reason to doubt the rest, but the question "which channel to cut first" has no clear answer.
  // Clear only when the table's lowest is also the one ≥ 90 % of the draws agree on.
  if (facts.lowest && (facts.lowest.share < LOWEST_CLEAR_SHARE || facts.lowest.channel !== facts.lowest.pointLowest)) {
    const { channel, share, other, otherShare } = facts.lowest;
    reasons.push({ code: 'lowestUnclear', channel, share, other, otherShare });
  }
  if (facts.stability < MIN_STABILITY) {
    reasons.push({ code: 'unstable', stability: facts.stability });
    directional = true;
  }
  const verdict: GateVerdict = before.verdict === 'notEnoughData' ? 'notEnoughData' : directional ? 'directionalOnly' : 'enoughEvidence';
  return { verdict, reasons };
}
