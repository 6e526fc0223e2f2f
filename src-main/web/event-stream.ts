/** Job events to the browser as server-sent events (one stream per open page). */
import type { ServerResponse } from 'node:http';
import type { JobEvent } from '@shared/api.js';

const HEARTBEAT_MS = 15_000;

export interface EventSource {
  onJobEvent(listener: (e: JobEvent) => void): () => void;
}

/** Starts the stream on `res`; returns a function that ends it. */
export function streamJobEvents(res: ServerResponse, source: EventSource, headers: Record<string, string>): () => void {
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // A reconnecting EventSource waits `retry` ms; jobs are short-lived, so come back soon.
  res.write('retry: 1000\n\n');
  const unsubscribe = source.onJobEvent((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  res.on('close', end);
  return end;
}
