/** The marketing-mix tables and sentences of a report: what each channel brought with its interval, and the budget plan with how sure it is. */
import type { MessageKey } from '@shared/i18n/index.js';
import { mmmSplitFigures, mmmSplitSummary } from '@shared/mmm-split-words.js';
import { mmmNotSeparableNote, mmmReasonTexts, mmmVerdictShort, mmmVerdictText } from '@shared/mmm-words.js';
import type { MmmGateReason } from '@shared/mmm-words.js';
import type { Goal } from '@shared/goals.js';
import type { MmmScenario } from '@shared/mmm-plan.js';
import type { MmmAnalysis } from '../analysis/results.js';
import type { Formatter } from './format.js';
import { channelLabel } from './labels.js';
import type { ReportTable } from './table.js';
import { goalName } from './tables-overview.js';

type Fitted = Extract<MmmAnalysis, { status: 'fitted' }>;

export function mmmVerdictLines(r: MmmAnalysis, f: Formatter): { verdict: string; reasons: string[] } {
  const t = (key: MessageKey, params?: Record<string, string | number>) => f.t(key, params);
  return {
    verdict: `${mmmVerdictShort(r.gate.verdict, t)} — ${mmmVerdictText(r.gate.verdict, t)}`,
    reasons: mmmReasonTexts(r.gate.reasons as unknown as MmmGateReason[], t, f.lang === 'zh-CN' ? '、' : ', ', (name) => channelLabel(name, f)),
  };
}

export function mmmChannelsTable(r: Fitted, f: Formatter): ReportTable {
  return {
    id: 'mmmChannels',
    title: f.t('ui.mmm.channelsTitle'),
    columns: [
      { label: f.t('ui.mmm.col.channel'), kind: 'text' },
      { label: f.t('ui.mmm.col.spend'), kind: 'money' },
      { label: f.t('term.contribution'), kind: 'money' },
      { label: f.t('term.roas'), kind: 'ratio' },
      { label: f.t('ui.mmm.col.low'), kind: 'ratio' },
      { label: f.t('ui.mmm.col.high'), kind: 'ratio' },
      { label: f.t('term.mroas'), kind: 'ratio' },
      { label: f.t('term.adstock'), kind: 'percent' },
      { label: f.t('ui.mmm.col.verdict'), kind: 'text' },
    ],
    rows: r.channels.map((c) => [
      channelLabel(c.channel, f),
      c.spend,
      c.contribution,
      c.roas,
      c.roasInterval.low,
      c.roasInterval.high,
      c.marginalRoas,
      c.decay,
      f.t(`ui.mmm.channelVerdict.${c.verdict}`),
    ]),
  };
}

export function mmmPlanTable(r: Fitted, f: Formatter): ReportTable {
  const o = r.optimiser;
  return {
    id: 'mmmPlan',
    title: f.t('report.mmm.planTable'),
    columns: [
      { label: f.t('ui.mmm.col.channel'), kind: 'text' },
      { label: f.t('ui.mmm.col.current'), kind: 'money' },
      { label: f.t('ui.mmm.col.best'), kind: 'money' },
      { label: f.t('ui.mmm.col.change'), kind: 'money' },
      { label: f.t('term.mroas'), kind: 'ratio' },
    ],
    rows: r.channels.map((c, i) => [channelLabel(c.channel, f), o.current[i], o.allocation[i], o.allocation[i] - o.current[i], o.marginalRoas[i]]),
  };
}

/** An amount with its sign ("+4,633", "−4,427") in the report's money format. */
function signedMoney(f: Formatter): (v: number) => string {
  return (v) => `${v >= 0 ? '+' : '−'}${f.money(Math.abs(v))}`;
}

/** The plan in one sentence, with its interval and what was left unplaced. */
export function mmmPlanSentences(r: Fitted, f: Formatter): string[] {
  const o = r.optimiser;
  const weeks = r.plan.length;
  const total = r.plan.reduce((s, w) => s + w.revenue, 0);
  const now = r.planCurrent.reduce((s, w) => s + w.revenue, 0);
  const summary = mmmSplitSummary(mmmSplitFigures(o), (key, params) => f.t(key, params), f.money, signedMoney(f));
  const lines = [f.t('report.mmm.plan', { budget: f.money(o.budget), summary, weeks, total: f.money(total), now: f.money(now) })];
  if (o.unplaced > 0.005) lines.push(f.t('ui.mmm.opt.unplaced', { amount: f.money(o.unplaced) }));
  if (o.beyondObserved.length) lines.push(f.t('ui.mmm.opt.beyond', { channels: o.beyondObserved.map((c) => channelLabel(c, f)).join(', ') }));
  const inseparable = mmmNotSeparableNote(r.channels, (key, params) => f.t(key, params), f.lang === 'zh-CN' ? '、' : ', ', (name) => channelLabel(name, f));
  if (inseparable) lines.push(inseparable);
  return lines;
}

export function mmmFitSentence(r: Fitted, f: Formatter): string {
  return f.t('ui.mmm.fitLine', { r2: f.number(r.fit.r2, 2), mape: f.percent(r.fit.mape), mapeHoldout: f.percent(r.fit.mapeHoldout), stability: f.number(r.stability, 2) });
}

/** A goal as a plan names it: which one, its target and its period ("—" for a plan made for none). */
export function servedGoalText(goalId: number | undefined, goals: readonly Goal[], f: Formatter): string {
  if (goalId === undefined) return '—';
  const g = goals.find((x) => x.id === goalId);
  // A goal deleted since the plan was saved: say so rather than leave the plan's purpose blank.
  if (!g) return f.t('report.mmm.goalGone', { id: goalId });
  const [colon, comma] = f.lang === 'zh-CN' ? ['：', '，'] : [': ', ', '];
  return `${goalName(g, f)}${colon}${f.money(g.target)}${comma}${f.date(g.periodStart)} – ${f.date(g.periodEnd)}`;
}

/** The plans kept in the Optimise step, each with what the model predicted and the goal it serves; null when none were kept. */
export function mmmScenariosTable(scenarios: readonly MmmScenario[], goals: readonly Goal[], f: Formatter): ReportTable | null {
  if (scenarios.length === 0) return null;
  return {
    id: 'mmmScenarios',
    title: f.t('report.mmm.scenarios'),
    columns: [
      { label: f.t('ui.mmm.whatIf.col.name'), kind: 'text' },
      { label: f.t('ui.mmm.whatIf.col.goal'), kind: 'text' },
      { label: f.t('ui.mmm.whatIf.col.spend'), kind: 'money' },
      { label: f.t('report.mmm.col.weeks'), kind: 'int' },
      { label: f.t('ui.mmm.col.revenue'), kind: 'money' },
      { label: f.t('ui.mmm.col.low'), kind: 'money' },
      { label: f.t('ui.mmm.col.high'), kind: 'money' },
    ],
    rows: scenarios.map((s) => [s.name, servedGoalText(s.goalId, goals, f), s.spend.reduce((a, b) => a + b, 0), s.weeks, s.revenue, s.revenueInterval.low, s.revenueInterval.high]),
  };
}
