import { readFileSync, writeFileSync } from 'node:fs';

/** Peak resident set size of this process so far (Linux VmHWM), in MB. */
export function peakRssMB(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Math.round(Number(m[1]) / 1024);
  } catch {
    // not Linux: fall back to the current RSS
  }
  return Math.round(process.memoryUsage().rss / 1048576);
}

/**
 * Starts peak RSS afresh from the current size (Linux: clear_refs 5 resets VmHWM), so a
 * figure measures the work that follows, not the test data generated before it.
 */
export function resetPeakRss(): void {
  (globalThis as { gc?: () => void }).gc?.();
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // not Linux: the peak then includes what came before
  }
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ seconds: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { seconds: round((performance.now() - t0) / 1000), value };
}

export const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;
