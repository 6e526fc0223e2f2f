import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { runJob } from '../../jobs/run-job.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo --project demo.roi [--export-dir dir] [--seed N] [--json]',
  options: { project: { type: 'string' }, 'export-dir': { type: 'string' }, seed: { type: 'string' } },
  async run({ values, out, signal }) {
    const project = values.project as string | undefined;
    if (!project) throw new AppError('error.flagRequired', { flag: 'project', usage: demoCommand.usage });
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new AppError('error.flagNotWhole', { flag: 'seed', value: String(values.seed) });
    const exportDir = values['export-dir'] as string | undefined;
    const outcome = await runJob(
      'demo',
      { project: resolve(project), exportDir: exportDir && resolve(exportDir), seed },
      { onProgress: values.json ? undefined : out.progress(), signal },
    );
    out.endProgress();
    if (values.json) return out.json(outcome);
    out.line(out.t('cli.demoBuilt', { file: project }));
    out.line(formatTable(outcome.datasets.map((d) => [`  ${out.t(`ui.kind.${d.kind}`)}`, d.file, d.encoding, String(d.rowsImported)])));
    if (exportDir) out.line(out.t('cli.demoExported', { dir: exportDir }));
  },
};
