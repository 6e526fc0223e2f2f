import { readFileSync } from 'node:fs';
import { basename, extname, resolve, sep } from 'node:path';
import { AppError } from '@shared/errors.js';
import type { SavedAnalysis } from '@shared/api.js';
import { ANALYSES } from '@shared/analyses/index.js';
import { upgradeResult } from '@shared/analyses/versions.js';
import { latestAnalysis } from '../store/analyses.js';
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
      const { project, kind } = input;
      const csv = input.csv && ANALYSES[kind].perCustomerCsv ? workspace.exportFile(`${basename(project, '.roi')}-${kind}.csv`) : undefined;
      // The union's kind and params agree (the schema checked them); the job table is keyed the same way.
      return { jobId: jobs.start(kind, { project, params: input.params, outFile: csv, scenario: input.scenario } as never) };
    },
    'analysis.latest': ({ project, kind }) =>
      withProject(project, (db) => {
        const found = latestAnalysis<Record<string, unknown>>(db, kind);
        if (!found) return null;
        const readable = upgradeResult(kind, found.version, found.result);
        // Only says whether it is out of date: a run can take seconds, so it stays a job the user starts.
        const saved: SavedAnalysis = {
          id: found.id,
          kind,
          params: found.params as Record<string, unknown>,
          result: readable.ok ? readable.result : null,
          ...(readable.ok ? {} : { olderVersion: { version: readable.version, current: readable.current } }),
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

