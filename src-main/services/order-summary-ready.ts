/**
 * Projects imported by a version before the order summary (store/order-summary.ts) have
 * none until something reads it, and building it for a million customers takes seconds of
 * CPU: built by the first dashboard read, on the thread that serves the UI, every call
 * would wait behind it. The calls that read it (dashboard, goals) first make sure it is
 * there, building it in a job worker; opening a project starts that job ahead of them.
 * Callers on one project share one job, so it is built once.
 */
import { resolve } from 'node:path';
import type { JobBoard } from './jobs.js';
import { openProject } from '../store/project.js';
import { orderSummaryIsCurrent } from '../store/order-summary.js';
import { hasData } from '../analysis/load.js';

/** 'built' when a worker built it for this call (or the call it joined), 'current' when it already was. */
export type OrderSummaryState = 'current' | 'built';

export class OrderSummaryReady {
  private readonly building = new Map<string, Promise<OrderSummaryState>>();

  constructor(private readonly jobs: JobBoard) {}

  /**
   * Resolves once the project's order summary is current. Never rejects: when the job
   * cannot build it (another process is importing), the read builds its own as before.
   */
  ensure(project: string): Promise<OrderSummaryState> {
    const key = resolve(project);
    const running = this.building.get(key);
    if (running) return running;
    if (!needsBuilding(project)) return Promise.resolve('current');
    const job = this.jobs
      .runQuietly('order-summary', { project })
      .then((r) => (r.built ? 'built' : 'current') as OrderSummaryState, () => 'current' as const)
      .finally(() => this.building.delete(key));
    this.building.set(key, job);
    return job;
  }
}

/** Orders stored and no summary of them as they are (two small queries). */
function needsBuilding(project: string): boolean {
  const db = openProject(project);
  try {
    return hasData(db, 'orders') && !orderSummaryIsCurrent(db);
  } finally {
    db.close();
  }
}
