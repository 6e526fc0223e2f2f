/** Running jobs as the page sees them: the latest progress of each, and a promise for its end. */
import type { JobEvent } from '@shared/api.js';
import type { JobProgress } from '@shared/jobs.js';
import { ApiError } from './api-error.js';
import type { Host } from './host.js';
import { JobEndings } from './job-endings.js';

export class JobTracker {
  /** Latest progress per running job id (small: one entry per job). */
  progress = $state<Record<string, JobProgress>>({});
  private readonly endings = new JobEndings();

  constructor(private readonly host: Host) {
    host.onJobEvent((event) => this.receive(event));
  }

  private receive(event: JobEvent): void {
    if (event.type === 'progress') {
      this.progress[event.jobId] = event.progress;
      return;
    }
    delete this.progress[event.jobId];
    this.endings.settle(event.jobId, event.type === 'done' ? { ok: true, result: event.result } : { ok: false, error: event.error });
  }

  /** Starts a job once events flow; returns its id. */
  async start(begin: () => Promise<{ jobId: string }>): Promise<string> {
    await this.host.eventsReady();
    return (await begin()).jobId;
  }

  /** The job's result, or an ApiError with the reason it failed (error.cancelled when cancelled). */
  async finish(jobId: string): Promise<unknown> {
    const ending = await this.endings.wait(jobId);
    if (!ending.ok) throw new ApiError(ending.error);
    return ending.result;
  }
}
