/**
 * The marketing-mix model's honesty gate in plain words (issue 12, item 4), for every
 * host: the CLI, the Models step and the report say the same sentences. The gate keeps
 * codes with their numbers (src-main/model/mmm/gate.ts); this turns them into zh/en.
 */
import type { MessageKey } from './i18n/index.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const MMM_VERDICTS = ['enoughEvidence', 'directionalOnly', 'notEnoughData'] as const;
export type MmmVerdict = (typeof MMM_VERDICTS)[number];

/** A gate reason as saved: its code and the numbers behind it. */
export interface MmmGateReason {
  code: string;
  [fact: string]: string | number;
}

/** A share as the reader's language writes it (18 % in English, 18% in Chinese). */
export function mmmPercent(x: number, t: Translate, digits = 1): string {
  return t('ui.mmm.percent', { value: (x * 100).toFixed(digits) });
}
const percent = (x: number, t: Translate): string => mmmPercent(x, t);
const whole = (x: number, t: Translate): string => mmmPercent(x, t, 0);
const two = (x: number): string => x.toFixed(2);

/** How each fact of a reason reads in a sentence. */
const FORMAT: Readonly<Record<string, (x: number, t: Translate) => string>> = {
  variation: percent,
  correlation: two,
  mape: percent,
  mapeHoldout: percent,
  roas: two,
  roasLow: two,
  roasHigh: two,
  stability: two,
  share: whole,
  otherShare: whole,
  perCoefficient: (x) => x.toFixed(1),
  value: (x) => x.toPrecision(3),
};

const KNOWN = new Set([
  'tooFewWeeks',
  'lessThanAYear',
  'fewPointsPerParameter',
  'kpiAllZero',
  'channelNeverSpends',
  'flatSpend',
  'correlatedSpend',
  'thinDataFallback',
  'holdoutMuchWorse',
  'noDetectableEffect',
  'unstable',
  'atSearchBound',
  'lowestUnclear',
  'measuredTogether',
]);

export function mmmVerdictText(verdict: MmmVerdict, t: Translate): string {
  return t(`ui.mmm.verdict.${verdict}`);
}

export function mmmVerdictShort(verdict: MmmVerdict, t: Translate): string {
  return t(`ui.mmm.verdictShort.${verdict}`);
}

/** `channel` shows a stored channel name in the reader's language (抖音 for Douyin). */
export function mmmReasonText(reason: MmmGateReason, t: Translate, channel: (name: string) => string = (x) => x): string {
  if (!KNOWN.has(reason.code)) return reason.code;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason)) {
    if (name === 'code') continue;
    if (name === 'parameter' && typeof value === 'string') params[name] = t(`ui.mmm.parameter.${value}` as MessageKey);
    else if ((name === 'channel' || name === 'other') && typeof value === 'string') params[name] = channel(value);
    else params[name] = typeof value === 'number' && FORMAT[name] ? FORMAT[name](value, t) : value;
  }
  return t(`ui.mmm.reason.${reason.code}` as MessageKey, params);
}

/**
 * Every reason in words, with correlated pairs grouped: when most channels follow one
 * calendar, 28 sentences "A and B rise and fall together" say less than one naming the
 * group (channels linked by any correlated pair) and the range of their correlations.
 */
export function mmmReasonTexts(reasons: readonly MmmGateReason[], t: Translate, listSeparator = ', ', channel: (name: string) => string = (x) => x): string[] {
  const pairs = reasons.filter((r) => r.code === 'correlatedSpend');
  const groupOf = new Map<string, string[]>();
  for (const p of pairs) {
    const a = groupOf.get(String(p.channel)) ?? [String(p.channel)];
    const b = groupOf.get(String(p.other)) ?? [String(p.other)];
    const merged = a === b ? a : [...a, ...b.filter((x) => !a.includes(x))];
    for (const name of merged) groupOf.set(name, merged);
  }
  // What each group returns together (measuredTogether) joins its group's sentence.
  const together = (group: string[]): string => {
    const r = reasons.find((x) => x.code === 'measuredTogether' && group.includes(String(x.channel)));
    // The catalogue's sentence carries its own leading space where the language wants one.
    return r ? `${t('ui.mmm.reason.together', { roas: two(Number(r.roas)), roasLow: two(Number(r.roasLow)), roasHigh: two(Number(r.roasHigh)) })}` : '';
  };
  const out: string[] = [];
  const said = new Set<string[]>();
  for (const reason of reasons) {
    if (reason.code === 'measuredTogether' && groupOf.has(String(reason.channel))) continue;
    if (reason.code !== 'correlatedSpend') {
      out.push(mmmReasonText(reason, t, channel));
      continue;
    }
    const group = groupOf.get(String(reason.channel))!;
    if (said.has(group)) continue;
    said.add(group);
    if (group.length === 2) {
      out.push(mmmReasonText(reason, t, channel) + together(group));
      continue;
    }
    const correlations = pairs.filter((p) => group.includes(String(p.channel))).map((p) => Number(p.correlation));
    out.push(
      t('ui.mmm.reason.correlatedGroup', {
        channels: group.map(channel).join(listSeparator),
        low: Math.min(...correlations).toFixed(2),
        high: Math.max(...correlations).toFixed(2),
      }) + together(group),
    );
  }
  return out;
}

/**
 * The caveat a budget split needs when some channels cannot be told apart (verdict
 * 'notSeparable'): moving money among them follows the model's guess. Null when none.
 */
export function mmmNotSeparableNote(channels: readonly { channel: string; verdict: string }[], t: Translate, listSeparator = ', ', channel: (name: string) => string = (x) => x): string | null {
  const names = channels.filter((c) => c.verdict === 'notSeparable').map((c) => channel(c.channel));
  return names.length ? t('ui.mmm.opt.notSeparable', { channels: names.join(listSeparator) }) : null;
}

/**
 * What the model explains, as the reader names it: a weekly sheet's own KPI header as
 * written, or — for revenue or orders counted from the orders — their words in a
 * sentence (收入, orders), never the id `revenue` in Chinese.
 */
/**
 * Whether the point estimate took Meridian's published ROI prior (roas-prior.ts): a prior on
 * revenue per unit of spend, so not when the KPI counts orders from the orders file.
 */
export function usesPublishedRoasPrior(result: { source: 'sheet' | 'orders'; kpiName: string }): boolean {
  return !(result.source === 'orders' && result.kpiName === 'orders');
}

export function mmmKpiText(result: { source: 'sheet' | 'orders'; kpiName: string }, t: Translate): string {
  if (result.source === 'sheet') return result.kpiName;
  return result.kpiName === 'revenue' || result.kpiName === 'orders' ? t(`ui.mmm.kpiNoun.${result.kpiName}`) : result.kpiName;
}
