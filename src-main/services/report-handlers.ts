import { basename } from 'node:path';
import { runJob } from '../jobs/run-job.js';
import { checkLogo } from '../report/logo.js';
import { getBranding, setBranding } from '../store/report-branding.js';
import { withProject } from './dataset-handlers.js';
import type { HandlerMap } from './registry.js';
import type { JobBoard } from './jobs.js';
import type { Workspace } from './workspace.js';

/**
 * Reports (issue 6). The preview runs in a worker too — it may have to run a missing
 * analysis first — and answers when the HTML is ready; the export is a job whose result
 * is a ReportFile in the workspace's exports folder, read back with `export.read`.
 */
export function reportHandlers(workspace: Workspace, jobs: JobBoard): Partial<HandlerMap> {
  return {
    'report.preview': ({ project, lang, sections }) => runJob('report-preview', { project, lang, sections }),
    'report.branding': ({ project }) => withProject(project, getBranding),
    'report.setBranding': ({ project, title, client, logo }) => {
      // Checked before the project is opened: a refused logo changes nothing.
      const checked = logo ? checkLogo(Buffer.from(logo.base64, 'base64'), logo.name) : logo;
      return withProject(project, (db) => {
        const branding = { title, client, logo: checked === undefined ? getBranding(db).logo : checked };
        setBranding(db, branding);
        return branding;
      });
    },
    'report.export': ({ project, lang, format, sections }) => {
      const outFile = workspace.exportFile(`${basename(project, '.roi')}-report-${lang}.${format}`);
      return { jobId: jobs.start('report', { project, lang, sections, format, outFile }) };
    },
  };
}
