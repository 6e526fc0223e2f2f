/**
 * The Gamma-Gamma fit of an LTV analysis on a second thread, while BG/NBD is fitted on
 * this one: on a million customers each fit takes about half a second, and the machine the
 * app runs on has at least two cores (ltv-e2e, issue 13). The analysis stays synchronous:
 * this thread waits for the result on a shared flag (Atomics.wait) and reads it off the
 * port. Whatever keeps the second thread from answering — its script missing, an error —
 * the fit runs here instead, so the result never depends on where it ran.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { fitSpendHere, type GammaGammaFit, type SpendColumns, type SpendFitStarter } from '../model/customer/index.js';

/** Below this many customers the fit takes milliseconds: not worth a thread. */
const THREAD_FROM_CUSTOMERS = 50_000;
/** A thread that has not started by then never will (it starts in a tenth of a second): fit here. */
const START_MS = 10_000;
/** Once started, the thread always answers (a fit or an error); this only bounds the wait. */
const ANSWER_MS = 600_000;
const DONE = 0;
const STARTED = 1;

export interface SpendFitRequest {
  spend: SpendColumns;
  seed: number | undefined;
  /** [DONE] and [STARTED], each set to 1 (and notified) by the thread. */
  flags: Int32Array;
}

export type SpendFitReply = { fit: GammaGammaFit } | { error: string };

function workerPath(): string {
  const here = import.meta.url;
  return fileURLToPath(here.endsWith('.ts') ? new URL('../../out/main/spend-fit-worker.js', here) : new URL('./spend-fit-worker.js', here));
}

export const fitSpendInThread: SpendFitStarter = (spend, seed) => {
  const path = workerPath();
  if (spend.x.length < THREAD_FROM_CUSTOMERS || !existsSync(path)) return fitSpendHere(spend, seed);
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const request: SpendFitRequest = { spend, seed, flags };
  let worker: Worker;
  try {
    worker = new Worker(path, { workerData: { request, port: port2 }, transferList: [port2] });
  } catch {
    port1.close();
    return fitSpendHere(spend, seed);
  }
  return () => {
    Atomics.wait(flags, STARTED, 0, START_MS);
    if (Atomics.load(flags, STARTED) === 1) Atomics.wait(flags, DONE, 0, ANSWER_MS);
    const reply = Atomics.load(flags, DONE) === 1 ? (receiveMessageOnPort(port1)?.message as SpendFitReply | undefined) : undefined;
    port1.close();
    void worker.terminate();
    return reply && 'fit' in reply ? reply.fit : fitSpendHere(spend, seed)();
  };
};
