import { channelName } from '@shared/i18n/channels.js';
import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { translate } from '@shared/i18n/index.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { MMM_KPIS } from '@shared/analyses/index.js';
import type { MmmKpi } from '@shared/analyses/index.js';
import { MMM_COLUMN_ROLES } from '@shared/mmm-columns.js';
import type { MmmColumnRole } from '@shared/mmm-columns.js';
import { mmmKpiText, mmmNotSeparableNote, mmmPercent, mmmReasonText, mmmReasonTexts, mmmVerdictShort, mmmVerdictText } from '@shared/mmm-words.js';
import type { MmmGateReason } from '@shared/mmm-words.js';
import { mmmSplitFigures, mmmSplitSummary } from '@shared/mmm-split-words.js';
import type { MmmOptimiser } from '@shared/mmm-plan.js';
import { runJob } from '../../jobs/run-job.js';
import type { MmmAnalysis } from '../../analysis/results.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';
import { fmtMoney, fmtNumber, numberIn, positiveNumber, requireProject } from '../args.js';

const money = (x: number): number => Math.round(x * 100) / 100;
const ratio = (x: number): number => Math.round(x * 1e4) / 1e4;

function bounds(raw: unknown): { lower: number; upper: number } | undefined {
  if (raw === undefined) return undefined;
  const parts = String(raw).split(',').map(Number);
  if (parts.length !== 2 || !parts.every(Number.isFinite) || !(parts[0] >= 0 && parts[0] <= 1 && parts[1] >= 1 && parts[1] <= 10)) {
    throw new AppError('error.flagBounds', { value: String(raw) });
  }
  return { lower: parts[0], upper: parts[1] };
}

/** `--lift-test "Channel,2025-03-01,2025-03-31,12000,8000,16000"`: channel, period, measured incremental revenue and its 90 % interval. */
function liftTests(raw: unknown): { channel: string; from: string; to: string; incrementalRevenue: number; low: number; high: number }[] {
  return ((raw as string[] | undefined) ?? []).map((text) => {
    const parts = text.split(',').map((p) => p.trim());
    const [measured, low, high] = parts.slice(3).map(Number);
    if (parts.length !== 6 || ![measured, low, high].every(Number.isFinite)) {
      throw new AppError('error.flagFormat', { flag: 'lift-test', format: '"channel,from,to,measured,low,high"', example: '"Douyin,2025-03-01,2025-03-31,12000,8000,16000"', value: text });
    }
    return { channel: parts[0], from: parts[1], to: parts[2], incrementalRevenue: measured, low, high };
  });
}

/** `--column "tv_S=spend"`: what a weekly sheet's column is (spend, exposure, control, ignore), over the suggestion from its name. */
function columnRoles(raw: unknown): Record<string, MmmColumnRole> {
  const roles: Record<string, MmmColumnRole> = {};
  for (const text of (raw as string[] | undefined) ?? []) {
    const at = text.lastIndexOf('=');
    const role = text.slice(at + 1).trim();
    if (at <= 0 || !(MMM_COLUMN_ROLES as readonly string[]).includes(role)) {
      throw new AppError('error.flagFormat', { flag: 'column', format: `"header=${MMM_COLUMN_ROLES.join('|')}"`, example: '"tv_S=spend"', value: text });
    }
    roles[text.slice(0, at).trim()] = role as MmmColumnRole;
  }
  return roles;
}

/** A goal or target-ROAS answer as JSON: the budget, its split by channel, what it brings (or that the goal is out of reach). */
function modeJson(m: NonNullable<MmmOptimiser['forGoal']>, names: readonly string[]) {
  if (!m.reachable) return { goal: money(m.goal), reachable: false };
  return {
    ...(m.goal !== undefined ? { goal: money(m.goal) } : {}),
    ...(m.target !== undefined ? { target: ratio(m.target) } : {}),
    reachable: true,
    budget: money(m.budget),
    allocation: Object.fromEntries(names.map((n, i) => [n, money(m.allocation[i])])),
    expectedRevenue: money(m.expectedRevenue),
    expectedRevenueLow: money(m.expectedRevenueInterval.low),
    expectedRevenueHigh: money(m.expectedRevenueInterval.high),
  };
}

/** The JSON shape (issue 12, item 9): rounded so the same data and seed print the same bytes everywhere. */
export function mmmJson(r: MmmAnalysis, lang: 'en' | 'zh-CN') {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
  const gate = {
    verdict: r.gate.verdict,
    reasons: r.gate.reasons.map((reason) => {
      const facts = Object.fromEntries(Object.entries(reason).map(([k, v]) => [k, typeof v === 'number' ? ratio(v) : v]));
      return { ...facts, text: mmmReasonText(reason as unknown as MmmGateReason, t) };
    }),
  };
  if (r.status === 'refused') return { weeks: r.weeks.length, channels: [], fit: null, stability: null, gate, optimiser: null, decomposition: [] };
  const names = r.channels.map((c) => c.channel);
  const d = r.decomposition;
  return {
    weeks: r.weeks.length,
    channels: r.channels.map((c) => ({
      channel: c.channel,
      spend: money(c.spend),
      contribution: money(c.contribution),
      roas: ratio(c.roas),
      roasLow: ratio(c.roasInterval.low),
      roasHigh: ratio(c.roasInterval.high),
      mroas: ratio(c.marginalRoas),
      decay: ratio(c.decay),
      halfSaturation: money(c.halfSaturation),
      verdict: c.verdict,
    })),
    fit: { r2: ratio(r.fit.r2), mape: ratio(r.fit.mape), mapeHoldout: ratio(r.fit.mapeHoldout), nrmse: ratio(r.fit.nrmse) },
    stability: ratio(r.stability),
    gate,
    optimiser: {
      budget: money(r.optimiser.budget),
      allocation: Object.fromEntries(names.map((n, i) => [n, money(r.optimiser.allocation[i])])),
      expectedRevenue: money(r.optimiser.expectedRevenue),
      expectedRevenueLow: money(r.optimiser.expectedRevenueInterval.low),
      expectedRevenueHigh: money(r.optimiser.expectedRevenueInterval.high),
      uplift: money(r.optimiser.uplift),
      ...(r.optimiser.forGoal ? { forGoal: modeJson(r.optimiser.forGoal, names) } : {}),
      ...(r.optimiser.atTargetRoas ? { atTargetRoas: modeJson(r.optimiser.atTargetRoas, names) } : {}),
    },
    ...(r.calibration
      ? {
          calibration: r.calibration.map((c) => ({
            channel: c.channel,
            roasWithout: ratio(c.roasWithout),
            roasWith: ratio(c.roasWith),
            periodContributionWithout: money(c.periodContributionWithout),
            periodContributionWith: money(c.periodContributionWith),
            measured: money(c.measured),
          })),
        }
      : {}),
    decomposition: r.weeks.map((week, t) => ({
      week,
      actual: money(d.actual[t]),
      fitted: money(d.fitted[t]),
      baseline: money(d.baseline[t]),
      seasonality: money(d.seasonality[t]),
      controls: money(d.controls[t]),
      channels: Object.fromEntries(names.map((n, c) => [n, money(d.channels[c][t])])),
    })),
  };
}

export const mmmCommand: Command = {
  name: 'mmm',
  usage: 'mmm --project p.roi [--kpi revenue|orders] [--from DATE] [--to DATE] [--seed 1] [--budget N (per week)] [--bounds 0.7,1.3] [--lock Channel]… [--plan-weeks 13] [--goal-revenue N (per week)] [--target-roas X] [--lift-test "Channel,from,to,measured,low,high"]… [--column "header=spend|exposure|control|ignore"]… [--json]',
  options: {
    project: { type: 'string' },
    kpi: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    seed: { type: 'string' },
    budget: { type: 'string' },
    bounds: { type: 'string' },
    lock: { type: 'string', multiple: true },
    'plan-weeks': { type: 'string' },
    'goal-revenue': { type: 'string' },
    'target-roas': { type: 'string' },
    'lift-test': { type: 'string', multiple: true },
    column: { type: 'string', multiple: true },
  },
  async run({ values, out, lang, signal }) {
    const project = requireProject(values, mmmCommand.usage);
    const kpi = values.kpi === undefined ? undefined : String(values.kpi);
    if (kpi !== undefined && !(MMM_KPIS as readonly string[]).includes(kpi)) throw new AppError('error.badChoice', { flag: 'kpi', choices: MMM_KPIS.join('|'), value: kpi });
    const seed = numberIn(values, 'seed', 0, 2 ** 31 - 1);
    if (seed !== undefined && !Number.isInteger(seed)) throw new AppError('error.flagNotWhole', { flag: 'seed', value: String(values.seed) });
    const planWeeks = numberIn(values, 'plan-weeks', 1, 104);
    const r = (await runJob(
      'mmm',
      {
        project: resolve(project),
        params: {
          kpi: kpi as MmmKpi | undefined,
          from: values.from as string | undefined,
          to: values.to as string | undefined,
          seed,
          budget: positiveNumber(values, 'budget'),
          bounds: bounds(values.bounds),
          locked: (values.lock as string[] | undefined) ?? [],
          planWeeks: planWeeks === undefined ? undefined : Math.round(planWeeks),
          goalRevenue: positiveNumber(values, 'goal-revenue'),
          targetRoas: positiveNumber(values, 'target-roas'),
          liftTests: liftTests(values['lift-test']),
          columns: columnRoles(values.column),
        },
      },
      { signal, onProgress: out.progress() },
    )) as MmmAnalysis;
    if (values.json) return out.json(mmmJson(r, lang));
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);
    const say = (n: { en: string; zh: string }) => (lang === 'zh-CN' ? n.zh : n.en);
    for (const note of r.notes) out.line(`· ${say(note)}`);
    out.line(`${mmmVerdictShort(r.gate.verdict, t)}${lang === 'zh-CN' ? '：' : ': '}${mmmVerdictText(r.gate.verdict, t)}`);
    for (const text of mmmReasonTexts(r.gate.reasons as unknown as MmmGateReason[], t, lang === 'zh-CN' ? '、' : ', ', (name) => channelName(lang, name))) out.line(`  - ${text}`);
    if (r.status === 'refused') return;
    out.line();
    out.line(t('ui.mmm.cli.summary', { weeks: r.weeks.length, channels: r.channels.length, kpi: mmmKpiText(r, t), seed: r.seed }));
    out.line(
      t('ui.mmm.cli.fit', { r2: r.fit.r2.toFixed(2), mape: mmmPercent(r.fit.mape, t), mapeHoldout: mmmPercent(r.fit.mapeHoldout, t), stability: r.stability.toFixed(2) }),
    );
    out.line();
    out.line(
      formatTable([
        [t('ui.mmm.col.channel'), t('ui.mmm.col.spend'), t('term.contribution'), t('term.roas'), t('term.interval90'), t('term.mroas'), t('term.adstock'), t('ui.mmm.col.verdict')],
        ...r.channels.map((c) => [
          channelName(lang, c.channel),
          fmtMoney(c.spend),
          fmtMoney(c.contribution),
          fmtNumber(c.roas, 2),
          `${fmtNumber(c.roasInterval.low, 2)} – ${fmtNumber(c.roasInterval.high, 2)}`,
          fmtNumber(c.marginalRoas, 2),
          `${Math.round(c.decay * 100)}%`, // as the Models step shows carry-over
          t(`ui.mmm.channelVerdict.${c.verdict}`),
        ]),
      ]),
    );
    const o = r.optimiser;
    out.line();
    out.line(
      t('ui.mmm.cli.optimiser', {
        budget: fmtMoney(o.budget),
        summary: mmmSplitSummary(
          mmmSplitFigures(o),
          t,
          fmtMoney,
          (v) => `${v >= 0 ? '+' : '−'}${fmtMoney(Math.abs(v))}`,
        ),
      }),
    );
    out.line(
      formatTable([
        [t('ui.mmm.col.channel'), t('ui.mmm.col.current'), t('ui.mmm.col.best'), t('ui.mmm.col.change')],
        ...r.channels.map((c, i) => [channelName(lang, c.channel), fmtMoney(o.current[i]), fmtMoney(o.allocation[i]), `${o.allocation[i] >= o.current[i] ? '+' : ''}${fmtMoney(o.allocation[i] - o.current[i])}`]),
      ]),
    );
    if (o.unplaced > 0.005) out.line(t('ui.mmm.cli.unplaced', { amount: fmtMoney(o.unplaced) }));
    const goal = o.forGoal;
    if (goal && !goal.reachable) out.line(t('ui.mmm.cli.goalUnreachable', { goal: fmtMoney(goal.goal) }));
    if (goal?.reachable) out.line(t('ui.mmm.cli.forGoal', { goal: fmtMoney(goal.goal!), budget: fmtMoney(goal.budget), low: fmtMoney(goal.expectedRevenueInterval.low), high: fmtMoney(goal.expectedRevenueInterval.high) }));
    const roas = o.atTargetRoas;
    if (roas) out.line(t('ui.mmm.cli.atTargetRoas', { target: fmtNumber(roas.target!, 2), budget: fmtMoney(roas.budget), revenue: fmtMoney(roas.expectedRevenue) }));
    if (o.beyondObserved.length) out.line(t('ui.mmm.cli.beyondObserved', { channels: o.beyondObserved.map((c) => channelName(lang, c)).join(', ') }));
    const inseparable = mmmNotSeparableNote(r.channels, t, lang === 'zh-CN' ? '、' : ', ', (name) => channelName(lang, name));
    if (inseparable) out.line(inseparable);
    for (const c of r.calibration ?? []) {
      out.line(
        t('ui.mmm.calibration.line', {
          channel: channelName(lang, c.channel),
          before: fmtNumber(c.roasWithout, 2),
          after: fmtNumber(c.roasWith, 2),
          periodBefore: fmtMoney(c.periodContributionWithout),
          periodAfter: fmtMoney(c.periodContributionWith),
          measured: fmtMoney(c.measured),
        }),
      );
    }
  },
};
