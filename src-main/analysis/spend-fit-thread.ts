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
/** How long to wait for the other thread before fitting here (it answers in about a second). */
const WAIT_MS = 120_000;

export interface SpendFitRequest {
  spend: SpendColumns;
  seed: number | undefined;
  /** Set to 1 (and notified) once the reply is on the port. */
  done: Int32Array;
}

export type SpendFitReply = { fit: GammaGammaFit } | { error: string };

function workerPath(): string {
  const here = import.meta.url;
  return fileURLToPath(here.endsWith('.ts') ? new URL('../../out/main/spend-fit-worker.js', here) : new URL('./spend-fit-worker.js', here));
}

export const fitSpendInThread: SpendFitStarter = (spend, seed) => {
  const path = workerPath();
  if (spend.x.length < THREAD_FROM_CUSTOMERS || !existsSync(path)) return fitSpendHere(spend, seed);
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const request: SpendFitRequest = { spend, seed, done };
  const worker = new Worker(path, { workerData: { request, port: port2 }, transferList: [port2] });
  return () => {
    const answered = Atomics.wait(done, 0, 0, WAIT_MS) !== 'timed-out' || Atomics.load(done, 0) === 1;
    const reply = answered ? (receiveMessageOnPort(port1)?.message as SpendFitReply | undefined) : undefined;
    port1.close();
    void worker.terminate();
    return reply && 'fit' in reply ? reply.fit : fitSpendHere(spend, seed)();
  };
};
