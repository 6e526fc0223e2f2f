/**
 * The writer's side of the parse thread: start it, read its messages in order, and
 * stop it when the import ends, fails or is cancelled.
 */
import { Worker } from 'node:worker_threads';
import { AppError } from '@shared/errors.js';
import { fromErrorInfo } from '../errors.js';
import type { FromParser, ParsedHead, ParseRequest, ToParser } from './parse-protocol.js';
import { builtEntry } from '../built-entry.js';

/** Built beside the other entries (out/main); from sources (vitest) the build output is used. */
function parserUrl(): URL {
  return builtEntry('parse-worker.js', import.meta.url);
}

export class ParserClient {
  private readonly worker = new Worker(parserUrl());
  private readonly queue: FromParser[] = [];
  private waiting: ((m: FromParser) => void) | undefined;
  private closed = false;

  constructor(request: ParseRequest, signal?: AbortSignal) {
    this.worker.on('message', (m: FromParser) => this.push(m));
    this.worker.on('error', (e) => this.push({ type: 'failed', error: { code: 'error.workerFailed', params: { detail: e.message } } }));
    this.worker.on('exit', (code) => {
      if (!this.closed) this.push({ type: 'failed', error: { code: 'error.workerFailed', params: { detail: `exit code ${code}` } } });
    });
    // A cancel jumps the queue: batches already parsed are not written first.
    signal?.addEventListener('abort', () => this.push({ type: 'failed', error: { code: 'error.cancelled', params: {} } }, true), { once: true });
    this.worker.postMessage({ type: 'start', request } satisfies ToParser);
  }

  async head(): Promise<ParsedHead> {
    const m = await this.next();
    if (m.type !== 'head') throw new AppError('error.workerFailed', { detail: `unexpected ${m.type}` });
    return m;
  }

  /** The next batch or end message; a failure in the parse thread is thrown here. */
  async next(): Promise<Exclude<FromParser, { type: 'failed' }>> {
    const m = this.queue.shift() ?? (await new Promise<FromParser>((resolve) => (this.waiting = resolve)));
    if (m.type === 'failed') throw fromErrorInfo(m.error);
    if (m.type === 'batch') this.worker.postMessage({ type: 'ack' } satisfies ToParser);
    return m;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker.terminate();
  }

  private push(m: FromParser, first = false): void {
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting(m);
    } else if (first) this.queue.unshift(m);
    else this.queue.push(m);
  }
}
