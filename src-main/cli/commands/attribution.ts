import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { ATTRIBUTION_MODEL_IDS } from '@shared/analyses/index.js';
import type { AttributionModelId } from '@shared/analyses/index.js';
import { channelName } from '@shared/i18n/channels.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { modelName as modelNameOf, noticeText, reasonText } from '@shared/attribution-words.js';
import { runJob } from '../../jobs/run-job.js';
import { openProject } from '../../store/project.js';
import { listDatasets } from '../../store/datasets.js';
import type { AttributionAnalysis } from '../../analysis/attribution.js';
import { formatTable } from '../output.js';
import type { Command, CommandContext } from '../command.js';
import { fmtMoney, fmtNumber, fmtRatio, positiveNumber, requireProject } from '../args.js';
import { attributionCostToAnnounce } from './attribution-cost.js';

export const attributionCommand: Command = {
  name: 'attribution',
  usage:
    'attribution --project p.roi [--models first,last,linear,time-decay,position,markov,shapley] [--lookback-days 30] [--half-life-days 7] [--from DATE] [--to DATE] [--source auto|touchpoints|paths|orders] [--max-change 0.3] [--break-even-roas 1] [--json]',
  options: {
    project: { type: 'string' },
    models: { type: 'string' },
    'lookback-days': { type: 'string' },
    'half-life-days': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    'advice-model': { type: 'string' },
    'max-change': { type: 'string' },
    'break-even-roas': { type: 'string' },
  },
  async run(ctx) {
    const { values, out, signal } = ctx;
    const project = requireProject(values, attributionCommand.usage);
    const models = values.models === undefined ? undefined : parseModels(String(values.models));
    announceCost(resolve(project), values.source as string | undefined, ctx);
    const result = await runJob(
      'attribution',
      {
        project: resolve(project),
        params: {
          models,
          lookbackDays: positiveNumber(values, 'lookback-days'),
          halfLifeDays: positiveNumber(values, 'half-life-days'),
          from: values.from as string | undefined,
          to: values.to as string | undefined,
          source: values.source as 'auto' | 'touchpoints' | 'paths' | 'orders' | undefined,
          adviceModel: values['advice-model'] as AttributionModelId | undefined,
          maxChangeShare: positiveNumber(values, 'max-change'),
          breakEvenRoas: positiveNumber(values, 'break-even-roas'),
        },
      },
      { signal },
    );
    if (values.json) return out.json(result);
    printAttribution(result, ctx);
  },
};

/** A large project's cost, said before the wait starts (the estimate: attribution-cost.ts). */
function announceCost(project: string, source: string | undefined, { out }: CommandContext): void {
  let datasets;
  try {
    const db = openProject(project, { readonly: true });
    try {
      datasets = listDatasets(db);
    } finally {
      db.close();
    }
  } catch {
    return; // a missing or foreign project: the job says what is wrong with it
  }
  const cost = attributionCostToAnnounce(datasets, source);
  if (cost) out.note(out.t('cli.attributionCost', { rows: fmtNumber(cost.touchpoints), seconds: cost.seconds, memory: (cost.memoryMB / 1024).toFixed(1) }));
}

function parseModels(list: string): AttributionModelId[] {
  const models = list.split(',').map((m) => m.trim()).filter(Boolean);
  for (const m of models) {
    if (!(ATTRIBUTION_MODEL_IDS as readonly string[]).includes(m)) {
      throw new AppError('error.badChoice', { flag: 'models', choices: ATTRIBUTION_MODEL_IDS.join('|'), value: m });
    }
  }
  return models as AttributionModelId[];
}

/** Text for a reader: channels by their names in the user's language (--json keeps the stored names). */
function printAttribution(r: AttributionAnalysis, { out }: CommandContext): void {
  const channel = (name: string): string => channelName(out.lang, name);
  const col = (key: string): string => out.col(key);
  const modelName = (model: string): string => modelNameOf(out.t, model);
  const source = out.t(`ui.models.attr.source.${r.source}` as MessageKey);
  out.line(out.t('cli.attribution.summary', { source, journeys: fmtNumber(r.journeys), conversions: fmtNumber(r.conversions), value: fmtMoney(r.value) }));
  if (r.newCustomersBySource) {
    out.line();
    out.line(`== ${out.t('cli.attribution.newCustomers')} ==`);
    out.line(formatTable([[col('channel'), out.t('cli.attribution.newCustomersCol'), col('spend'), out.t('term.cac')], ...r.newCustomersBySource.map((c) => [channel(c.channel), fmtNumber(c.newCustomers), fmtMoney(c.spend), fmtMoney(c.cac)])]));
  }
  for (const [model, rows] of Object.entries(r.models)) {
    out.line();
    out.line(`== ${modelName(model)} ==`);
    out.line(
      formatTable([
        [col('channel'), col('conversions'), col('value'), col('spend'), col('cpa'), col('roas'), col('roi')],
        ...(rows ?? []).map((row) => [channel(row.channel), fmtNumber(row.conversions, 1), fmtMoney(row.value), fmtMoney(row.spend), fmtMoney(row.cpa), fmtRatio(row.roas), fmtRatio(row.roi)]),
      ]),
    );
  }
  const n = fmtNumber;
  // The screens' words for the result's codes (src-shared/attribution-words.ts), never the codes themselves.
  for (const u of r.unavailable) out.line(`\n(${noticeText(out.t, n, channel, u)})`);
  for (const notice of r.notices) out.line(`\n${noticeText(out.t, n, channel, notice)}`);
  const problems = r.diagnostics.pathProblems;
  if (problems.length) {
    out.line(`\n${out.t('cli.attribution.pathProblems', { n: problems.length })}`);
    for (const p of problems.slice(0, 10)) {
      const reason = out.t(`ui.models.pathProblem.${p.reason}`);
      out.line(`  ${out.t(p.rejected ? 'cli.attribution.pathProblemLeftOut' : 'cli.attribution.pathProblem', { row: p.row, reason })}`);
    }
  }
  const flagged = r.triangulation.filter((t) => t.flagged);
  if (flagged.length) {
    out.line(`\n${out.t('cli.attribution.disagree')}`);
    const share = (x: number | undefined): string => `${fmtNumber(x, 1)}%`;
    for (const t of flagged) {
      out.line(`  ${out.t('cli.attribution.disagreeRange', { channel: channel(t.channel), minModel: modelName(t.minModel), minShare: share(t.shares[t.minModel]), maxModel: modelName(t.maxModel), maxShare: share(t.shares[t.maxModel]) })}`);
      for (const reason of t.reasons) out.line(`    - ${reasonText(out.t, n, channel, reason)}`);
    }
  }
  if (r.advice) {
    const a = r.advice;
    const noteParams = { share: `${fmtNumber(a.maxChangeShare * 100, 0)}%`, n: a.minConversions, breakEven: fmtNumber(a.breakEvenRoas, 2) };
    // Orders are one-touch journeys: the advice rests on their source channel, whichever rule is named (as the Optimise step says).
    const basis = r.source === 'orders' ? out.t('term.orderSource') : modelName(a.model);
    out.line(`\n${out.t('cli.attribution.advice', { model: basis, share: fmtNumber(a.maxChangeShare * 100, 0), breakEven: fmtNumber(a.breakEvenRoas, 2) })}`);
    out.line(
      formatTable([
        [col('channel'), col('now'), col('advised'), col('change'), col('note')],
        ...a.rows.map((row) => [channel(row.channel), fmtMoney(row.currentSpend), fmtMoney(row.recommendedSpend), fmtMoney(row.change), row.notes.map((note) => out.t(`ui.models.adviceNote.${note}`, noteParams)).join(out.t('ui.goals.listSeparator'))]),
      ]),
    );
    if (a.unallocated > 0) out.line(out.t('cli.attribution.keptBack', { value: fmtMoney(a.unallocated) }));
  }
}
