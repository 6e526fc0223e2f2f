/**
 * Entry of a job worker thread: runs one job, streams its progress, honours cancel.
 * Errors become values (ErrorInfo) so the main thread can show them in any language.
 */
import { parentPort } from 'node:worker_threads';
import { toErrorInfo } from '../errors.js';
import { JOB_HANDLERS } from './handlers.js';
import { RemotePrinter } from './host-printer.js';
import type { FromWorker, JobKind, JobRequest, ToWorker } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('jobs/worker.ts must run in a worker thread');

const controller = new AbortController();
const send = (message: FromWorker): void => port.postMessage(message);
let printer: RemotePrinter | undefined;

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') controller.abort();
  else if (message.type === 'print-reply') printer?.answer(message);
  else {
    if (message.hostPrints) printer = new RemotePrinter(port);
    void run(message.job);
  }
});

async function run<K extends JobKind>(job: JobRequest<K>): Promise<void> {
  let last = 0;
  let lastPhase: string | undefined;
  try {
    const handler = JOB_HANDLERS[job.kind] as (typeof JOB_HANDLERS)[K];
    const result = await handler(
      job.request as never,
      (progress) => {
        const now = Date.now();
        // At most ~10 updates a second within a phase; a new phase is always told.
        if (now - last < 100 && progress.fraction !== 1 && progress.phase === lastPhase) return;
        last = now;
        lastPhase = progress.phase;
        send({ type: 'progress', progress });
      },
      controller.signal,
      { printer },
    );
    send({ type: 'done', result });
  } catch (e) {
    send({ type: 'failed', error: toErrorInfo(e) });
  }
}
