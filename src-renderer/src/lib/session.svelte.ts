/** The app's session: which project is open, which step is shown, the first-run lists. */
import type { ApiResults, ProjectInfo } from '@shared/api.js';
import type { DatasetSummary } from '@shared/datasets.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from './api-error.js';
import type { Host } from './host.js';
import type { JobTracker } from './jobs.svelte.js';
import type { StepId } from './steps.js';
import type { TermId } from '@shared/glossary.js';

export class Session {
  info = $state.raw<ApiResults['app.info'] | null>(null);
  projects = $state.raw<ApiResults['project.list'] | null>(null);
  project = $state.raw<ProjectInfo | null>(null);
  step = $state<StepId>('data');
  /** The glossary, when open: at one term, or all of it. */
  glossary = $state<TermId | 'all' | null>(null);
  error = $state.raw<ErrorInfo | null>(null);
  busy = $state(false);
  /** The project last moved to the trash, while its undo is offered. */
  trashed = $state.raw<{ name: string; entry: string; folder: string } | null>(null);
  /**
   * A dataset deleted on the Data step while its undo is offered: shown as gone everywhere
   * (the list, the sidebar's count) though still in the project until the undo ends.
   */
  datasetDeleting = $state.raw<DatasetSummary | null>(null);
  /** The open project's datasets as the user sees them: without one waiting to be deleted. */
  get shownDatasets(): DatasetSummary[] {
    const all = this.project?.datasets ?? [];
    return this.datasetDeleting ? all.filter((d) => d.id !== this.datasetDeleting!.id) : all;
  }
  /** The demo being built, while it is. */
  demoJob = $state<string | null>(null);

  constructor(
    readonly host: Host,
    readonly jobs: JobTracker,
  ) {}

  /** Runs an action with the busy flag set; its failure becomes the shown error. */
  private async attempt(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await action();
    } catch (e) {
      this.error = toErrorInfo(e);
    } finally {
      this.busy = false;
    }
  }

  load(): Promise<void> {
    return this.attempt(async () => {
      const [info, projects] = await Promise.all([this.host.api['app.info']({}), this.host.api['project.list']({})]);
      this.info = info;
      this.projects = projects;
    });
  }

  private show(project: ProjectInfo): void {
    this.project = project;
    this.step = 'data';
  }

  create(name: string): Promise<void> {
    return this.attempt(async () => this.show(await this.host.api['project.create']({ name })));
  }

  open(file: string): Promise<void> {
    return this.attempt(async () => this.show(await this.host.api['project.open']({ file })));
  }

  openDemo(): Promise<void> {
    return this.attempt(async () => {
      let file = '';
      const jobId = await this.jobs.start(async () => {
        const started = await this.host.api['project.demo']({});
        file = started.file;
        return started;
      });
      this.demoJob = jobId;
      try {
        await this.jobs.finish(jobId);
      } finally {
        this.demoJob = null;
      }
      this.show(await this.host.api['project.open']({ file }));
    });
  }

  /** Project management from the project lists (issue 16, item 5); each reads the lists again. */
  renameProject(file: string, name: string): Promise<void> {
    return this.attempt(async () => {
      await this.host.api['project.rename']({ project: file, name });
      this.projects = await this.host.api['project.list']({});
    });
  }

  copyProject(file: string, name: string): Promise<void> {
    return this.attempt(async () => {
      await this.host.api['project.copy']({ project: file, name });
      this.projects = await this.host.api['project.list']({});
    });
  }

  deleteProject(file: string, name: string): Promise<void> {
    return this.attempt(async () => {
      const { entry, folder } = await this.host.api['project.delete']({ project: file });
      // The list first: the "deleted" message must not show above a list that still holds the project.
      this.projects = await this.host.api['project.list']({});
      this.trashed = { name, entry, folder };
    });
  }

  restoreProject(entry: string): Promise<void> {
    return this.attempt(async () => {
      this.trashed = null;
      await this.host.api['project.restore']({ entry });
      this.projects = await this.host.api['project.list']({});
    });
  }

  /** Reads the open project again (after an import or a delete). */
  async refresh(): Promise<void> {
    if (!this.project) return;
    try {
      this.project = await this.host.api['project.open']({ file: this.project.file });
    } catch (e) {
      this.error = toErrorInfo(e);
    }
  }

  close(): Promise<void> {
    this.project = null;
    return this.load();
  }
}
