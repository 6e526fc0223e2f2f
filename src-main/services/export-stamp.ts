/**
 * The time stamp in an export's file name: `20261204-215429` (UTC, to the second), with
 * `-2`, `-3` … only when several exports share a second. The former stamp glued the
 * milliseconds, the 'Z' and a counter together (`20261204-215429123Z7`: issue 14 finding 6).
 */
export function exportStamp(now: Date, previous: { stamp: string; count: number }): { stamp: string; name: string } {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const count = previous.stamp === stamp ? previous.count + 1 : 1;
  previous.stamp = stamp;
  previous.count = count;
  return { stamp, name: count > 1 ? `${stamp}-${count}` : stamp };
}
