import { resolve } from 'node:path';
import { runJob } from '../../jobs/run-job.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';
import { requireProject } from '../args.js';

export const cohortsCommand: Command = {
  name: 'cohorts',
  usage: 'cohorts --project p.roi [--as-of DATE] [--json]',
  options: { project: { type: 'string' }, 'as-of': { type: 'string' } },
  async run({ values, out, signal }) {
    const project = requireProject(values, cohortsCommand.usage);
    const r = await runJob('cohorts', { project: resolve(project), params: { asOf: values['as-of'] as string | undefined } }, { signal });
    if (values.json) return out.json(r);
    const months = Array.from({ length: Math.min(r.maxOffset + 1, 13) }, (_, i) => `M${i}`);
    out.line(
      formatTable([
        [out.col('cohort'), out.col('customers'), ...months],
        ...r.cohorts.map((c) => [c.cohort, String(c.customers), ...months.map((_, i) => (c.retention[i] === undefined || c.retention[i] === null ? '' : `${(c.retention[i]! * 100).toFixed(0)}%`))]),
      ]),
    );
  },
};
