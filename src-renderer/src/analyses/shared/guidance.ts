/**
 * "What this means for you" and "what to do next" for each analysis result: two or three
 * plain sentences read off the figures the result already shows, and the step that acts on
 * them (issue 16, item 6). Thin or refused data says nothing here: the reliability notice
 * beside the result speaks instead, so no sentence rests on figures the app does not trust.
 */
import type { Lang, MessageKey } from '@shared/i18n/index.js';
import type { StepId } from '../../lib/steps.js';
import type { AttributionAnalysis, FunnelAnalysis } from '../attribution/attribution-types.js';
import { inLanguage, type CohortsAnalysis, type LtvAnalysisResult, type SegmentsAnalysis } from './customer-types.js';
import { isFigure, money, percent, times } from '@shared/figures.js';

/** The words a guidance needs: the locale's translate, number and channel formatting. */
export interface GuidanceWords {
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  number: (value: number, digits?: number) => string;
  channel: (name: string) => string;
}

export interface Guidance {
  meaning: string[];
  /** The next move, and the step that makes it (null: the action is on this page). */
  next: { text: string; step: StepId | null } | null;
}

const trusted = (verdict: string): boolean => verdict === 'ok' || verdict === 'thin';
const list = (w: GuidanceWords, names: string[]): string => names.join(w.lang === 'zh-CN' ? '、' : ', ');

export function attributionGuidance(r: AttributionAnalysis, w: GuidanceWords): Guidance | null {
  if (!trusted(r.reliability.verdict)) return null;
  const model = r.advice?.model ?? (Object.keys(r.models)[0] as keyof typeof r.models | undefined);
  const rows = model ? (r.models[model] ?? []) : [];
  const budgeted = rows.filter((row) => isFigure(row.roas) && (row.spend ?? 0) > 0);
  if (budgeted.length === 0) {
    return {
      meaning: [w.t('ui.guide.attr.noSpend', { conversions: w.number(r.conversions), value: money(w.number, r.value), channels: r.channels.length })],
      next: { text: w.t('ui.guide.attr.noSpendNext'), step: 'data' },
    };
  }
  const byRoas = [...budgeted].sort((a, b) => (b.roas ?? 0) - (a.roas ?? 0));
  const best = byRoas[0];
  const losing = byRoas.filter((row) => (row.roas ?? 0) < 1);
  const meaning = [
    w.t('ui.guide.attr.best', { model: w.t(r.source === 'orders' ? 'term.orderSource' : (`term.${model}` as MessageKey)), channel: w.channel(best.channel), roas: times(w.number, best.roas), value: money(w.number, best.value), spend: money(w.number, best.spend) }),
    losing.length > 0
      ? w.t('ui.guide.attr.losing', { count: losing.length, of: budgeted.length, channels: list(w, losing.map((row) => w.channel(row.channel))) })
      : w.t('ui.guide.attr.allPay'),
  ];
  const moves = r.advice?.rows.filter((row) => Math.abs(row.change) > 0) ?? [];
  return {
    meaning,
    // The next move says what the advice does: take money off losing channels, or only rebalance among paying ones.
    next:
      moves.length === 0
        ? { text: w.t('ui.guide.attr.nextHold'), step: 'goal' }
        : { text: w.t(losing.length > 0 ? 'ui.guide.attr.next' : 'ui.guide.attr.nextRebalance'), step: 'optimise' },
  };
}

export function funnelGuidance(r: FunnelAnalysis, w: GuidanceWords): Guidance | null {
  if (!trusted(r.reliability.verdict) || r.steps.length < 2 || r.steps[0].users === 0) return null;
  const first = r.steps[0];
  const last = r.steps[r.steps.length - 1];
  // The step that loses most: the lowest conversion from the step before.
  let worst = 1;
  for (let k = 2; k < r.steps.length; k++) if ((r.steps[k].stepConversion ?? 1) < (r.steps[worst].stepConversion ?? 1)) worst = k;
  const meaning = [
    w.t('ui.guide.funnel.overall', { share: percent(w.number, last.overallConversion), users: w.number(first.users), first: first.step, last: last.step }),
    w.t('ui.guide.funnel.worst', { from: r.steps[worst - 1].step, to: r.steps[worst].step, lost: w.number(r.steps[worst].dropOff), share: percent(w.number, 1 - (r.steps[worst].stepConversion ?? 0)) }),
  ];
  // The first channel whose customers finish most often, among channels with enough entrants to compare.
  const finishing = r.byFirstChannel
    .filter((c) => c.steps[0].users >= 30 && isFigure(c.steps[c.steps.length - 1].overallConversion))
    .sort((a, b) => (b.steps[b.steps.length - 1].overallConversion ?? 0) - (a.steps[a.steps.length - 1].overallConversion ?? 0));
  if (finishing.length > 1) {
    const top = finishing[0];
    meaning.push(w.t('ui.guide.funnel.bestChannel', { channel: w.channel(top.channel), share: percent(w.number, top.steps[top.steps.length - 1].overallConversion) }));
  }
  return { meaning, next: { text: w.t('ui.guide.funnel.next', { from: r.steps[worst - 1].step, to: r.steps[worst].step }), step: 'goal' } };
}

/** RFM segments that used to buy well and have gone quiet, in either map. */
const SLIPPING = new Set(['atRisk', 'cantLoseThem', 'importantKeep', 'importantRetain']);

export function segmentsGuidance(r: SegmentsAnalysis, w: GuidanceWords): Guidance | null {
  if (r.customers === 0) return null;
  const segments = w.lang === 'zh-CN' ? r.rfm.segmentsZh : r.rfm.segments;
  const top = [...segments].sort((a, b) => b.revenueShare - a.revenueShare)[0];
  const slipping = segments.filter((s) => SLIPPING.has(s.segment) && s.customers > 0);
  const meaning = [
    w.t('ui.guide.seg.top', { segment: inLanguage(w.lang, top.label), customers: w.number(top.customers), customerShare: percent(w.number, top.customerShare), revenueShare: percent(w.number, top.revenueShare) }),
  ];
  if (slipping.length > 0) {
    const customers = slipping.reduce((s, x) => s + x.customers, 0);
    const revenueShare = slipping.reduce((s, x) => s + x.revenueShare, 0);
    meaning.push(w.t('ui.guide.seg.slipping', { customers: w.number(customers), segments: list(w, slipping.map((s) => inLanguage(w.lang, s.label))), revenueShare: percent(w.number, revenueShare) }));
  }
  return { meaning, next: { text: w.t('ui.guide.seg.next'), step: 'report' } };
}

export function ltvGuidance(r: LtvAnalysisResult, w: GuidanceWords): Guidance | null {
  if (!trusted(r.reliability.verdict)) return null;
  const meaning = [
    w.t('ui.guide.ltv.value', { weeks: r.horizonWeeks, customers: w.number(r.customers), clv: money(w.number, r.totals.clv), mean: money(w.number, r.totals.meanClv) }),
  ];
  if (r.highValueAtRiskCount > 0) meaning.push(w.t('ui.guide.ltv.atRisk', { count: w.number(r.highValueAtRiskCount) }));
  return { meaning, next: r.highValueAtRiskCount > 0 ? { text: w.t('ui.guide.ltv.next'), step: null } : { text: w.t('ui.guide.ltv.nextNoRisk'), step: 'goal' } };
}

/** Share of a set of cohorts active in month `offset`, weighted by cohort size (cohorts not yet that old left out). */
function retentionAt(cohorts: CohortsAnalysis['cohorts'], offset: number): number | null {
  let active = 0;
  let customers = 0;
  for (const c of cohorts) {
    const share = c.retention[offset];
    if (share === null || share === undefined) continue;
    active += share * c.customers;
    customers += c.customers;
  }
  return customers > 0 ? active / customers : null;
}

export function cohortsGuidance(r: CohortsAnalysis, w: GuidanceWords): Guidance | null {
  if (!trusted(r.reliability.verdict)) return null;
  const second = retentionAt(r.cohorts, 1);
  if (second === null) return null;
  const meaning = [w.t('ui.guide.cohorts.second', { share: percent(w.number, second) })];
  const fourth = retentionAt(r.cohorts, 3);
  if (fourth !== null) meaning.push(w.t('ui.guide.cohorts.fourth', { share: percent(w.number, fourth) }));
  // Recent against earlier cohorts, on the month every one of them has reached.
  const reached = r.cohorts.filter((c) => c.retention[1] !== null && c.retention[1] !== undefined);
  if (reached.length >= 6) {
    const recent = retentionAt(reached.slice(-3), 1) ?? 0;
    const earlier = retentionAt(reached.slice(0, -3), 1) ?? 0;
    const key = recent >= earlier ? 'ui.guide.cohorts.better' : 'ui.guide.cohorts.worse';
    meaning.push(w.t(key, { recent: percent(w.number, recent), earlier: percent(w.number, earlier) }));
  }
  return { meaning, next: { text: w.t('ui.guide.cohorts.next'), step: 'goal' } };
}
