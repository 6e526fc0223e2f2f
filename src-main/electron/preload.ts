/**
 * The preload (built as CommonJS so the renderer stays sandboxed): it exposes exactly
 * the typed API as `window.api` and the desktop capabilities as `window.desktop`.
 * Nothing of Node or Electron reaches the page.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ApiClient, ApiInput, ApiName, ApiOutput, ApiResponse, JobEvent } from '@shared/api.js';
import type { DesktopBridge } from '@shared/desktop-bridge.js';
import { API_CHANNEL, CHOOSE_PROJECT_CHANNEL, JOB_EVENT_CHANNEL, OPEN_EXTERNAL_CHANNEL } from './channels.js';

async function call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const response = (await ipcRenderer.invoke(API_CHANNEL, name, input)) as ApiResponse<N>;
  if (response.ok) return response.value as ApiOutput<N>;
  // contextBridge copies only the message of an Error: the ErrorInfo travels in it as JSON
  // (the renderer's client reads it back: lib/api-error.ts).
  throw new Error(JSON.stringify(response.error));
}

const api = {
  'app.info': (input) => call('app.info', input),
  'project.list': (input) => call('project.list', input),
  'project.create': (input) => call('project.create', input),
  'project.open': (input) => call('project.open', input),
  'project.demo': (input) => call('project.demo', input),
  'project.rename': (input) => call('project.rename', input),
  'project.copy': (input) => call('project.copy', input),
  'project.delete': (input) => call('project.delete', input),
  'project.restore': (input) => call('project.restore', input),
  'import.preview': (input) => call('import.preview', input),
  'import.span': (input) => call('import.span', input),
  'import.start': (input) => call('import.start', input),
  'job.cancel': (input) => call('job.cancel', input),
  'upload.discard': (input) => call('upload.discard', input),
  'dataset.issues': (input) => call('dataset.issues', input),
  'dataset.rows': (input) => call('dataset.rows', input),
  'dataset.export': (input) => call('dataset.export', input),
  'dataset.rejectedCsv': (input) => call('dataset.rejectedCsv', input),
  'dataset.delete': (input) => call('dataset.delete', input),
  'overview.spend': (input) => call('overview.spend', input),
  'channels.list': (input) => call('channels.list', input),
  'channels.set': (input) => call('channels.set', input),
  'analysis.run': (input) => call('analysis.run', input),
  'analysis.latest': (input) => call('analysis.latest', input),
  'sentiment.correct': (input) => call('sentiment.correct', input),
  'sentiment.resetCorrections': (input) => call('sentiment.resetCorrections', input),
  'sentiment.reviews': (input) => call('sentiment.reviews', input),
  'sentiment.exportReviews': (input) => call('sentiment.exportReviews', input),
  'goal.list': (input) => call('goal.list', input),
  'goal.save': (input) => call('goal.save', input),
  'goal.delete': (input) => call('goal.delete', input),
  'dashboard.get': (input) => call('dashboard.get', input),
  'report.preview': (input) => call('report.preview', input),
  'report.branding': (input) => call('report.branding', input),
  'report.setBranding': (input) => call('report.setBranding', input),
  'report.export': (input) => call('report.export', input),
  'export.read': (input) => call('export.read', input),
  'mmm.plan': (input) => call('mmm.plan', input),
  'mmm.scenarios': (input) => call('mmm.scenarios', input),
  'mmm.saveScenario': (input) => call('mmm.saveScenario', input),
  'mmm.deleteScenario': (input) => call('mmm.deleteScenario', input),
  'mmm.exportPlan': (input) => call('mmm.exportPlan', input),
  'table.export': (input) => call('table.export', input),
} satisfies ApiClient;

const desktop = {
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  onJobEvent: (listener: (event: JobEvent) => void) => {
    const forward = (_event: IpcRendererEvent, jobEvent: JobEvent): void => listener(jobEvent);
    ipcRenderer.on(JOB_EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(JOB_EVENT_CHANNEL, forward);
  },
  openExternal: async (url: string) => {
    await ipcRenderer.invoke(OPEN_EXTERNAL_CHANNEL, url);
  },
  chooseProjectFile: () => ipcRenderer.invoke(CHOOSE_PROJECT_CHANNEL) as Promise<string | null>,
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('desktop', desktop);
