/**
 * Charts draw one per main-thread task: a result that shows six charts at once drew them
 * all in one task and held the page for a second or more (measured by the ui-no-freeze
 * bench). Between two charts the browser gets to paint and to answer the user.
 */
let last: Promise<unknown> = Promise.resolve();

export function drawInTurn<T>(draw: () => Promise<T>): Promise<T> {
  const next = last.then(() => new Promise<void>((resume) => setTimeout(resume, 0))).then(draw);
  last = next.catch(() => undefined);
  return next;
}
