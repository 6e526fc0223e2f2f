import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { openProject } from '../../store/project.js';
import { listDatasets } from '../../store/datasets.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';

export const datasetsCommand: Command = {
  name: 'datasets',
  usage: 'datasets --project p.roi [--json]',
  options: { project: { type: 'string' } },
  async run({ values, out }) {
    const project = values.project as string | undefined;
    if (!project) throw new AppError('error.flagRequired', { flag: 'project', usage: datasetsCommand.usage });
    const db = openProject(resolve(project));
    const datasets = (() => {
      try {
        return listDatasets(db);
      } finally {
        db.close();
      }
    })();
    if (values.json) {
      out.json({
        datasets: datasets.map(({ quality: _q, ...d }) => d),
      });
      return;
    }
    if (datasets.length === 0) return out.line(out.t('cli.noDatasets', { file: project }));
    out.line(
      formatTable([
        [out.t('cli.col.id'), out.col('kind'), out.col('file'), out.t('cli.encoding'), out.t('cli.rowsRead'), out.t('cli.rowsImported'), out.t('cli.rowsRejected'), out.t('cli.duplicates'), out.col('importedAt')],
        ...datasets.map((d) => [
          String(d.id),
          // The kind as the app names it (广告花费, Ad spend); --json keeps the id.
          out.t(`ui.kind.${d.kind}`),
          d.file,
          d.encoding,
          String(d.rowsRead),
          String(d.rowsImported),
          String(d.rowsRejected),
          String(d.duplicatesRemoved),
          d.importedAt.slice(0, 16).replace('T', ' '),
        ]),
      ]),
    );
  },
};
