import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { ATTRIBUTION_MODEL_IDS } from '@shared/analyses/index.js';
import type { AttributionModelId } from '@shared/analyses/index.js';
import { channelName } from '@shared/i18n/channels.js';
import { runJob } from '../../jobs/run-job.js';
import type { AttributionAnalysis } from '../../analysis/attribution.js';
import { formatTable } from '../output.js';
import type { Command, CommandContext } from '../command.js';
import { fmtMoney, fmtNumber, fmtRatio, positiveNumber, requireProject } from '../args.js';

export const attributionCommand: Command = {
  name: 'attribution',
  usage:
    'attribution --project p.roi [--models first,last,linear,time-decay,position,markov,shapley] [--lookback-days 30] [--half-life-days 7] [--from DATE] [--to DATE] [--source auto|touchpoints|paths] [--json]',
  options: {
    project: { type: 'string' },
    models: { type: 'string' },
    'lookback-days': { type: 'string' },
    'half-life-days': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    source: { type: 'string' },
    'advice-model': { type: 'string' },
  },
  async run(ctx) {
    const { values, out, signal } = ctx;
    const project = requireProject(values, attributionCommand.usage);
    const models = values.models === undefined ? undefined : parseModels(String(values.models));
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
          source: values.source as 'auto' | 'touchpoints' | 'paths' | undefined,
          adviceModel: values['advice-model'] as AttributionModelId | undefined,
        },
      },
      { signal },
    );
    if (values.json) return out.json(result);
    printAttribution(result, ctx);
  },
};

function parseModels(list: string): AttributionModelId[] {
  const models = list.split(',').map((m) => m.trim()).filter(Boolean);
  for (const m of models) {
    if (!(ATTRIBUTION_MODEL_IDS as readonly string[]).includes(m)) {
      throw new AppError('error.invalidInput', { detail: `--models: unknown model "${m}" (models: ${ATTRIBUTION_MODEL_IDS.join(', ')})` });
    }
  }
  return models as AttributionModelId[];
}

/** Text for a reader: channels by their names in the user's language (--json keeps the stored names). */
function printAttribution(r: AttributionAnalysis, { out }: CommandContext): void {
  const channel = (name: string): string => channelName(out.lang, name);
  out.line(`${r.source}: ${fmtNumber(r.journeys)} journeys, ${fmtNumber(r.conversions)} conversions, value ${fmtMoney(r.value)}`);
  for (const [model, rows] of Object.entries(r.models)) {
    out.line();
    out.line(`== ${model} ==`);
    out.line(
      formatTable([
        ['channel', 'conversions', 'value', 'spend', 'CPA', 'ROAS', 'ROI'],
        ...(rows ?? []).map((row) => [channel(row.channel), fmtNumber(row.conversions, 1), fmtMoney(row.value), fmtMoney(row.spend), fmtMoney(row.cpa), fmtRatio(row.roas), fmtRatio(row.roi)]),
      ]),
    );
  }
  for (const u of r.unavailable) out.line(`\n(${u.model}: unavailable — ${u.code})`);
  for (const n of r.notices) out.line(`\nNote (${n.model}): ${n.code} ${JSON.stringify(n.params)}`);
  const problems = r.diagnostics.pathProblems;
  if (problems.length) {
    out.line(`\nPaths rows with problems (${problems.length}):`);
    for (const p of problems.slice(0, 10)) out.line(`  row ${p.row}: ${p.reason}${p.rejected ? ' (left out)' : ''} ${JSON.stringify(p.params)}`);
  }
  const flagged = r.triangulation.filter((t) => t.flagged);
  if (flagged.length) {
    out.line('\nModels disagree (> 10 points of credit share):');
    const share = (x: number | undefined): string => `${fmtNumber(x, 1)}%`;
    for (const t of flagged) out.line(`  ${channel(t.channel)}: ${t.minModel} ${share(t.shares[t.minModel])} … ${t.maxModel} ${share(t.shares[t.maxModel])} (${t.reasons.map((x) => x.code).join(', ')})`);
  }
  if (r.advice) {
    out.line(`\nBudget shift (by ${r.advice.model} ROAS, ±30 % per channel, total fixed; average, not marginal, returns):`);
    out.line(
      formatTable([
        ['channel', 'now', 'advised', 'change', 'note'],
        ...r.advice.rows.map((a) => [channel(a.channel), fmtMoney(a.currentSpend), fmtMoney(a.recommendedSpend), fmtMoney(a.change), a.notes.join(', ')]),
      ]),
    );
  }
}
