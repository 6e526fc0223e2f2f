/**
 * The services behind the typed API, independent of the host: the Electron main
 * process, the web host and tests all create them the same way.
 */
import type { ApiName, ApiResponse, JobEvent } from '@shared/api.js';
import type { PdfPrinter } from '../report/pdf.js';
import { combineHandlers, dispatch } from './registry.js';
import { JobBoard } from './jobs.js';
import { Workspace } from './workspace.js';
import type { PathPolicy } from './path-policy.js';
import { projectHandlers } from './project-handlers.js';
import { importHandlers } from './import-handlers.js';
import { datasetHandlers } from './dataset-handlers.js';
import { overviewHandlers } from './overview-handlers.js';
import { channelHandlers } from './channel-handlers.js';
import { analysisHandlers } from './analysis-handlers.js';
import { goalHandlers } from './goal-handlers.js';
import { sentimentHandlers } from './sentiment-handlers.js';
import { reportHandlers } from './report-handlers.js';
import { mmmHandlers } from './mmm-handlers.js';
import { tableHandlers } from './table-handlers.js';
import { projectManageHandlers } from './project-manage-handlers.js';
import { OrderSummaryReady } from './order-summary-ready.js';

/** The printer a host lends report jobs (the Electron host prints with its own Chromium). */
export { PAGE_MARGINS } from '../report/pdf.js';
export type { PdfPrinter, PrintOptions } from '../report/pdf.js';

export interface ServiceOptions {
  /** Folder where the app keeps projects (created if missing). */
  workspace: string;
  host: 'electron' | 'web';
  /**
   * Which paths calls may name: the host decides (`userPaths` in Electron, where they come
   * from native dialogs; the browser host's own in src-main/web/path-policy.ts).
   */
  paths: PathPolicy;
  version: string;
  /** The Electron host prints reports with its own Chromium; other hosts launch the system's. */
  printer?: PdfPrinter;
}

export interface Services {
  /** Validates the input and runs the call; never throws — errors come back as values. */
  call(name: string, input: unknown): Promise<ApiResponse<ApiName>>;
  onJobEvent(listener: (e: JobEvent) => void): () => void;
  close(): void;
}

export function createServices(options: ServiceOptions): Services {
  const workspace = new Workspace(options.workspace);
  const jobs = new JobBoard(options.printer);
  const orderSummary = new OrderSummaryReady(jobs);
  const handlers = combineHandlers(
    projectHandlers(workspace, jobs, options, orderSummary),
    importHandlers(jobs),
    datasetHandlers(),
    overviewHandlers(),
    channelHandlers(),
    analysisHandlers(workspace, jobs),
    goalHandlers(orderSummary),
    sentimentHandlers(workspace),
    reportHandlers(workspace, jobs),
    mmmHandlers(workspace),
    tableHandlers(workspace),
    projectManageHandlers(workspace, jobs),
  );
  return {
    call: (name, input) => dispatch(handlers, name, input, options.paths),
    onJobEvent: (listener) => jobs.onEvent(listener),
    close: () => jobs.cancelAll(),
  };
}
