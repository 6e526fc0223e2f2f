/**
 * Whether a process still runs: files named after their writer's pid (partial exports,
 * projects being created) are leftovers to sweep only once that writer is gone.
 */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
