/**
 * Tables saved as CSV or XLSX in the exports folder (issue 16, item 3): a table the page
 * shows, sent whole; a dataset's rows, read from the store as the rows view searches and sorts them.
 */
import { AppError } from '@shared/errors.js';
import { translate } from '@shared/i18n/index.js';
import { roleLabel } from '@shared/i18n/role-label.js';
import { XLSX_MAX_ROWS, fileStem, writeRowsFile, writeTableFile } from '../report/table-file.js';
import { openProject } from '../store/project.js';
import { countRows, iterateRows, viewColumns } from '../store/dataset-rows.js';
import { requireDataset } from './dataset-handlers.js';
import type { HandlerMap } from './registry.js';
import type { Workspace } from './workspace.js';

export function tableHandlers(workspace: Workspace): Partial<HandlerMap> {
  return {
    'table.export': async ({ title, format, columns, rows }) => {
      const file = workspace.exportFile(`${fileStem(title)}.${format}`);
      await writeTableFile(file, format, { title, columns, rows });
      return { file };
    },
    'dataset.export': async ({ project, datasetId, search, sort, format, lang }) => {
      const db = openProject(project, { readonly: true });
      try {
        const d = requireDataset(db, datasetId);
        const view = { search, sort };
        if (format === 'xlsx' && countRows(db, datasetId, d.kind, view) > XLSX_MAX_ROWS) throw new AppError('error.tooManyRowsForXlsx', { max: XLSX_MAX_ROWS });
        const file = workspace.exportFile(`${fileStem(d.file.replace(/\.[^.]+$/, ''))}-rows.${format}`);
        const headers = viewColumns(d.kind).map((c) => roleLabel((key) => translate(lang, key), c));
        await writeRowsFile(file, format, d.file, headers, iterateRows(db, datasetId, d.kind, view));
        return { file };
      } finally {
        db.close();
      }
    },
  };
}
