/**
 * The ends of jobs, matched to whoever waits for them in either order: a fast job can
 * end before the page has its id (its event is kept), or the page can wait first.
 */
import type { ErrorInfo } from '@shared/errors.js';

export type JobEnding = { ok: true; result: unknown } | { ok: false; error: ErrorInfo };

export class JobEndings {
  private readonly ended = new Map<string, JobEnding>();
  private readonly waiting = new Map<string, (ending: JobEnding) => void>();

  settle(jobId: string, ending: JobEnding): void {
    const waiter = this.waiting.get(jobId);
    if (waiter) {
      this.waiting.delete(jobId);
      waiter(ending);
    } else {
      this.ended.set(jobId, ending);
    }
  }

  wait(jobId: string): Promise<JobEnding> {
    const known = this.ended.get(jobId);
    if (known) {
      this.ended.delete(jobId);
      return Promise.resolve(known);
    }
    return new Promise((resolve) => this.waiting.set(jobId, resolve));
  }
}
