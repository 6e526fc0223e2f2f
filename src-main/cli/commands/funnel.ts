import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';
import { fmtNumber, positiveNumber, requireProject } from '../args.js';

const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

export const funnelCommand: Command = {
  name: 'funnel',
  usage: 'funnel --project p.roi --steps a,b,c [--window-days 30] [--from DATE] [--to DATE] [--json]',
  options: { project: { type: 'string' }, steps: { type: 'string' }, 'window-days': { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
  async run({ values, out, signal }) {
    const project = requireProject(values, funnelCommand.usage);
    const steps = String(values.steps ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (steps.length < 2) throw new AppError('error.funnelSteps');
    const r = await runJob(
      'funnel',
      { project: resolve(project), params: { steps, windowDays: positiveNumber(values, 'window-days'), from: values.from as string | undefined, to: values.to as string | undefined } },
      { signal },
    );
    if (values.json) return out.json(r);
    out.line(formatTable([[out.col('step'), out.col('customers'), out.col('stepConversion'), out.col('overallConversion'), out.col('dropOff')], ...r.steps.map((s) => [s.step, fmtNumber(s.users), pct(s.stepConversion), pct(s.overallConversion), fmtNumber(s.dropOff)])]));
    if (r.steps[0]?.users === 0) out.line(`\n${out.t('cli.funnel.noneReached', { step: steps[0], events: r.knownSteps.join(out.t('ui.goals.listSeparator')) })}`);
  },
};
