/**
 * Runs a costly load once, in the first moment the page is idle and no job is running, so
 * that the moment it is needed it is there. (A long task while a job runs would freeze the
 * progress the user is watching; ui-no-freeze counts those.)
 */
export interface IdleScheduler {
  /** Calls `run` when the page is idle (requestIdleCallback, or a timer where there is none). */
  whenIdle(run: () => void): void;
  /** Calls `run` a while later (a second): how long a busy page is left alone before the next look. */
  later(run: () => void): void;
}

export const browserIdle: IdleScheduler = {
  whenIdle(run) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
    else setTimeout(run, 1000);
  },
  later(run) {
    setTimeout(run, 1000);
  },
};

/** Starts `load` once, at the first idle moment at which `busy()` is false (looked at again a while later until then). */
export function preloadWhenIdle(load: () => unknown, busy: () => boolean, scheduler: IdleScheduler = browserIdle): void {
  const attempt = (): void => {
    if (busy()) scheduler.later(() => scheduler.whenIdle(attempt));
    else void load();
  };
  scheduler.whenIdle(attempt);
}
