import { readFileSync } from 'node:fs';
import { basename, extname, resolve, sep } from 'node:path';
import { AppError } from '@shared/errors.js';
import type { SavedAnalysis } from '@shared/api.js';
import { latestAnalysis } from '../analysis/save.js';
import { isAnalysisCurrent } from '../store/datasets.js';
import type { HandlerMap } from './registry.js';
import type { JobBoard } from './jobs.js';
import type { Workspace } from './workspace.js';
import { withProject } from './dataset-handlers.js';

const MIME: Record<string, string> = {
  '.csv': 'text/csv',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function analysisHandlers(workspace: Workspace, jobs: JobBoard): Partial<HandlerMap> {
  return {
    'analysis.run': (input) => {
      const { project } = input;
      const csv = 'csv' in input && input.csv ? workspace.exportFile(`${basename(project, '.roi')}-${input.kind}.csv`) : undefined;
      switch (input.kind) {
        case 'attribution':
          return { jobId: jobs.start('attribution', { project, params: input.params }) };
        case 'funnel':
          return { jobId: jobs.start('funnel', { project, params: input.params }) };
        case 'segments':
          return { jobId: jobs.start('segments', { project, params: input.params, outFile: csv }) };
        case 'ltv':
          return { jobId: jobs.start('ltv', { project, params: input.params, outFile: csv }) };
        case 'cohorts':
          return { jobId: jobs.start('cohorts', { project, params: input.params }) };
      }
    },
    'analysis.latest': ({ project, kind }) =>
      withProject(project, (db) => {
        const found = latestAnalysis<Record<string, unknown>>(db, kind);
        if (!found) return null;
        // Only says whether it is out of date: a run can take seconds, so it stays a job the user starts.
        const saved: SavedAnalysis = {
          id: found.id,
          kind,
          params: found.params as Record<string, unknown>,
          result: found.result,
          createdAt: found.createdAt,
          current: isAnalysisCurrent(db, found),
        };
        return saved;
      }),
    'export.read': ({ file }) => {
      // Only what the app itself wrote to the exports folder can be read back.
      const full = resolve(file);
      if (!full.startsWith(workspace.exportsDir + sep)) throw new AppError('error.invalidInput', { detail: 'not an export of this workspace' });
      const ext = extname(full).toLowerCase();
      return { fileName: basename(full), mime: MIME[ext] ?? 'application/octet-stream', base64: readFileSync(full).toString('base64') };
    },
  };
}

