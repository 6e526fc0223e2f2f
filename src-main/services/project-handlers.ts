import { existsSync } from 'node:fs';
import { AppError } from '@shared/errors.js';
import type { ProjectInfo } from '@shared/api.js';
import { createProject, openProject } from '../store/project.js';
import { listDatasets } from '../store/datasets.js';
import type { HandlerMap } from './registry.js';
import type { JobBoard } from './jobs.js';
import type { OrderSummaryReady } from './order-summary-ready.js';
import { ref } from './workspace.js';
import type { Workspace } from './workspace.js';

export const DEMO_NAME = 'ROI Studio Demo';

export function projectInfo(file: string): ProjectInfo {
  const db = openProject(file);
  try {
    return { ...ref(file), datasets: listDatasets(db) };
  } finally {
    db.close();
  }
}

export function projectHandlers(workspace: Workspace, jobs: JobBoard, meta: { version: string; host: 'electron' | 'web' }, orderSummary: OrderSummaryReady): Partial<HandlerMap> {
  return {
    'app.info': () => ({ version: meta.version, host: meta.host, workspace: workspace.dir }),
    'project.list': () => ({ recent: workspace.recent(), workspace: workspace.projects() }),
    'project.create': ({ name }) => {
      const file = workspace.fileFor(name);
      if (!createProject(file)) throw new AppError('error.projectExists', { file: name });
      openProject(file).close();
      workspace.remember(file);
      return projectInfo(file);
    },
    'project.open': ({ file }) => {
      const info = projectInfo(file);
      workspace.remember(file);
      // An older project's order summary is built in a worker while the user looks around, before the dashboard asks.
      void orderSummary.ensure(file);
      return info;
    },
    'project.demo': () => {
      const file = workspace.fileFor(DEMO_NAME);
      if (existsSync(file)) {
        workspace.remember(file);
        return { jobId: jobs.finished(projectInfo(file)), file };
      }
      const jobId = jobs.start('demo', { project: file }, () => {
        workspace.remember(file);
        return projectInfo(file);
      });
      return { jobId, file };
    },
  };
}
