/**
 * The executive summary's recommendations: plain rules over the analyses' results, each
 * giving the figures it rests on. In order of weight: the budget shift of the attribution
 * advice, high-value customers at risk (LTV; RFM win-back segments without LTV), the best
 * segment to nurture, attribution models that disagree; then caveats (rejected rows, thin
 * data for LTV, channels with too few conversions to judge), goals, and data to import.
 * At most five are kept; the first four rules only fire on data that supports them.
 */
import type { MessageKey } from '@shared/i18n/index.js';
import type { Goal } from '@shared/goals.js';
import { THINNESS_TEXTS } from '../model/customer/index.js';
import type { Formatter } from './format.js';
import { bilingual, channelLabel, modelLabel } from './labels.js';
import type { ReportContents } from './contents.js';
import { GOAL_KIND, goalName, periodLabel } from './tables-overview.js';
import { formatCell, typed } from './table.js';

export const MAX_RECOMMENDATIONS = 5;

type Rule = (m: ReportContents, f: Formatter) => string | null;

const budgetShift: Rule = (m, f) => {
  const advice = m.attribution?.result.advice;
  if (!advice || !(advice.totalSpend > 0)) return null;
  const donors = advice.rows.filter((r) => r.change < 0).sort((a, b) => a.change - b.change);
  const recipients = advice.rows.filter((r) => r.change > 0).sort((a, b) => b.change - a.change);
  const names = (rows: typeof donors): string => f.list(rows.slice(0, 3).map((r) => channelLabel(r.channel, f)));
  // Money cut from loss-making channels that nothing above break-even could take (older results lack the field).
  const unallocated = advice.unallocated ?? 0;
  const keepBack =
    unallocated > 0
      ? f.t('report.rec.budgetKeepBack', { amount: f.money(unallocated), from: names(advice.rows.filter((r) => r.notes.includes('below-break-even'))) })
      : '';
  if (!(advice.moved > 0)) return keepBack || null;
  const shift = f.t('report.rec.budgetShift', {
    moved: f.money(advice.moved),
    share: f.percent(advice.moved / advice.totalSpend, 0),
    from: names(donors),
    to: names(recipients),
    gain: f.money(advice.expectedValueChange),
    model: modelLabel(advice.model, f),
  });
  return keepBack ? `${shift} ${keepBack}` : shift;
};

const atRisk: Rule = (m, f) => {
  const ltv = m.ltv?.result;
  if (!ltv || !ltv.bgnbd || ltv.highValueAtRiskCount === 0) return null;
  // A degenerate fit's values are not results (older saved results have no verdict).
  if (ltv.reliability && ltv.reliability.verdict !== 'ok' && ltv.reliability.verdict !== 'thin') return null;
  const value = ltv.highValueAtRisk.reduce((s, v) => s + v.clvIfAlive, 0);
  const params = { count: f.number(ltv.highValueAtRiskCount), value: f.money(value), weeks: f.number(ltv.horizonWeeks), top: f.number(ltv.highValueAtRisk.length) };
  return f.t(ltv.highValueAtRisk.length < ltv.highValueAtRiskCount ? 'report.rec.atRiskTop' : 'report.rec.atRisk', params);
};

type Segments = NonNullable<ReportContents['segments']>['result']['rfm']['segments'];

function segmentText(key: MessageKey, s: Segments[number], f: Formatter): string {
  return f.t(key, {
    segment: bilingual(s.label, f),
    customers: f.number(s.customers),
    customerShare: f.percent(s.customerShare, 0),
    revenueShare: f.percent(s.revenueShare, 0),
    action: bilingual(s.actionText, f),
  });
}

const winBack: Rule = (m, f) => {
  if (m.ltv?.result.bgnbd) return null;
  const list = (m.segments?.result.rfm.segments ?? []).filter((s) => (s.segment === 'cantLoseThem' || s.segment === 'atRisk') && s.customers > 0);
  const best = list.sort((a, b) => b.revenueShare - a.revenueShare)[0];
  return best && best.revenueShare >= 0.05 ? segmentText('report.rec.winBack', best, f) : null;
};

const bestSegment: Rule = (m, f) => {
  const list = (m.segments?.result.rfm.segments ?? []).filter((s) => s.customers > 0 && s.revenueShare > 0);
  const preferred = list.filter((s) => s.segment === 'champions' || s.segment === 'loyalCustomers');
  const best = (preferred.length ? preferred : list.filter((s) => s.segment !== 'lost' && s.segment !== 'hibernating')).sort((a, b) => b.revenueShare - a.revenueShare)[0];
  return best ? segmentText('report.rec.bestSegment', best, f) : null;
};

const disagreement: Rule = (m, f) => {
  const flagged = (m.attribution?.result.triangulation ?? []).filter((t) => t.flagged).sort((a, b) => b.spread - a.spread);
  if (flagged.length === 0) return null;
  const top = flagged[0];
  const share = (model: string): string => `${f.points((top.shares as Record<string, number>)[model])}%`;
  return f.t('report.rec.disagreement', {
    channels: f.list(flagged.slice(0, 3).map((t) => channelLabel(t.channel, f))),
    channel: channelLabel(top.channel, f),
    maxModel: modelLabel(top.maxModel, f),
    maxShare: share(top.maxModel),
    minModel: modelLabel(top.minModel, f),
    minShare: share(top.minModel),
  });
};

const rejectedRows: Rule = (m, f) => {
  const files = m.datasets.filter((d) => d.rowsRejected > 0);
  if (files.length === 0) return null;
  const rows = files.reduce((s, d) => s + d.rowsRejected, 0);
  return f.t('report.rec.rejectedRows', { rows: f.number(rows), files: f.list(files.map((d) => `${d.file}: ${f.number(d.rowsRejected)}`)) });
};

/** Thin data that undermines the fit itself; horizon-length cautions stay in the LTV section. */
const THIN_CODES = new Set(['fewRepeatCustomers', 'fewCustomers', 'allOrdersOneDay', 'noHoldoutPurchases']);

const thinLtv: Rule = (m, f) => {
  const flag = m.ltv?.result.flags.find((x) => THIN_CODES.has(x.code));
  if (!flag) return null;
  const reason = bilingual(THINNESS_TEXTS[flag.code], f).replace(/\{(\w+)\}/g, (_, k: string) => f.number(flag.params[k], Number.isInteger(flag.params[k]) ? 0 : 1));
  return f.t('report.rec.thinLtv', { reason });
};

const uncertainChannels: Rule = (m, f) => {
  const advice = m.attribution?.result.advice;
  const uncertain = (advice?.rows ?? []).filter((r) => r.uncertain && r.currentSpend > 0);
  if (uncertain.length === 0) return null;
  const min = Number(m.attribution?.params.minConversions ?? 30);
  return f.t('report.rec.uncertainChannels', { channels: f.list(uncertain.map((r) => channelLabel(r.channel, f))), min: f.number(min) });
};

export function goalLine(g: Goal, f: Formatter): string | null {
  if (g.progress === null || g.current === null) return null;
  const kind = GOAL_KIND[g.type];
  const value = (x: number | null): string => formatCell(typed(x, kind), kind, f);
  const period = periodLabel({ from: g.periodStart, to: g.periodEnd }, f);
  if (g.progress >= 1) return f.t('report.rec.goalMet', { goal: goalName(g, f), current: value(g.current), target: value(g.target), period });
  return f.t('report.rec.goalBehind', { goal: goalName(g, f), progress: f.percent(g.progress, 0), baseline: value(g.baseline), target: value(g.target), period });
}

const goals: Rule = (m, f) => {
  const behind = m.goals.filter((g) => g.progress !== null && g.progress < 1).sort((a, b) => (a.progress ?? 0) - (b.progress ?? 0));
  const first = behind[0] ?? m.goals.find((g) => g.progress !== null);
  return first ? goalLine(first, f) : null;
};

const missingData: Rule = (m, f) => {
  const has = (kind: string): boolean => m.datasets.some((d) => d.kind === kind && d.rowsImported > 0);
  if (!has('spend')) return f.t('report.rec.importSpend');
  if (!has('orders')) return f.t('report.rec.importOrders');
  if (!has('touchpoints') && !has('paths')) return f.t('report.rec.importJourneys');
  return null;
};

const RULES: readonly Rule[] = [budgetShift, atRisk, winBack, bestSegment, disagreement, rejectedRows, thinLtv, uncertainChannels, goals, missingData];

export function recommend(m: ReportContents, f: Formatter): string[] {
  const out: string[] = [];
  for (const rule of RULES) {
    if (out.length >= MAX_RECOMMENDATIONS) break;
    const text = rule(m, f);
    if (text) out.push(text);
  }
  return out.length ? out : [f.t('report.rec.none')];
}
