import { describe, expect, it } from 'vitest';
import { preloadWhenIdle, type IdleScheduler } from './idle-preload.js';

/** Idle moments on demand: the test says when the page is idle. */
function manualIdle(): IdleScheduler & { idle(): void; waiting(): number } {
  let queue: (() => void)[] = [];
  return {
    whenIdle: (run) => void queue.push(run),
    later: (run) => run(),
    idle() {
      const due = queue;
      queue = [];
      due.forEach((run) => run());
    },
    waiting: () => queue.length,
  };
}

describe('preloadWhenIdle', () => {
  it('loads at the first idle moment, not before', () => {
    const scheduler = manualIdle();
    let loads = 0;
    preloadWhenIdle(() => loads++, () => false, scheduler);
    expect(loads).toBe(0);
    scheduler.idle();
    expect(loads).toBe(1);
    scheduler.idle();
    expect(loads).toBe(1);
    expect(scheduler.waiting()).toBe(0);
  });

  it('waits while a job runs and loads once it has ended', () => {
    const scheduler = manualIdle();
    let loads = 0;
    let jobRunning = true;
    preloadWhenIdle(() => loads++, () => jobRunning, scheduler);
    scheduler.idle();
    scheduler.idle();
    expect(loads).toBe(0);
    expect(scheduler.waiting()).toBe(1);
    jobRunning = false;
    scheduler.idle();
    expect(loads).toBe(1);
  });
});
