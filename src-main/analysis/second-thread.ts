/**
 * Work on a second thread while the analysis does its own on this one (issue 13): on a
 * million customers a model fit or a table scan takes about a second, and the machine the
 * app runs on has at least two cores. The analysis stays synchronous: this thread waits for
 * the answer on a shared flag (Atomics.wait) and reads it off the port. Whatever keeps the
 * second thread from answering — its script missing, an error, no start within 10 s — the
 * work runs here instead, so the result never depends on where it ran. A job that is
 * cancelled ends its worker, and with it this thread's own.
 *
 * The other side is a built entry (electron.vite.config.ts) that calls answerOnSecondThread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort, type Transferable } from 'node:worker_threads';
import { builtEntry } from '../built-entry.js';

/** A thread that has not started by then never will (it starts in a tenth of a second): work here. */
const START_MS = 10_000;
/** Once started, the thread always answers (a value or an error); this only bounds the wait. */
const ANSWER_MS = 600_000;
const DONE = 0;
const STARTED = 1;

interface ThreadData<I> {
  input: I;
  port: MessagePort;
  /** [DONE] and [STARTED], each set to 1 (and notified) by the thread. */
  flags: Int32Array;
}

type Reply<O> = { value: O } | { error: string };

/** The built entry `name` (out/main/<name>.js), beside the built code; from the sources (vitest), the build output. */
function entryPath(name: string): string {
  return fileURLToPath(builtEntry(`${name}.js`, import.meta.url));
}

/**
 * Starts entry `name` on `input` and returns the wait for its answer. `here` computes the
 * same answer on this thread: used when the thread cannot be had.
 */
export function startOnSecondThread<I, O>(name: string, input: I, here: () => O): () => O {
  const path = entryPath(name);
  if (!existsSync(path)) return here;
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const data: ThreadData<I> = { input, port: port2, flags };
  let worker: Worker;
  try {
    worker = new Worker(path, { workerData: data, transferList: [port2] });
  } catch {
    port1.close();
    return here;
  }
  return () => {
    Atomics.wait(flags, STARTED, 0, START_MS);
    if (Atomics.load(flags, STARTED) === 1) Atomics.wait(flags, DONE, 0, ANSWER_MS);
    const reply = Atomics.load(flags, DONE) === 1 ? (receiveMessageOnPort(port1)?.message as Reply<O> | undefined) : undefined;
    port1.close();
    void worker.terminate();
    return reply && 'value' in reply ? reply.value : here();
  };
}

/**
 * The entry's side: computes `work(input)` and answers, moving the buffers `moved` names
 * instead of copying them (hundreds of megabytes of columns cross for free).
 */
export function answerOnSecondThread<I, O>(work: (input: I) => O, moved: (value: O) => Transferable[] = () => []): void {
  const { input, port, flags } = workerData as ThreadData<I>;
  Atomics.store(flags, STARTED, 1);
  Atomics.notify(flags, STARTED);
  try {
    const value = work(input);
    port.postMessage({ value } satisfies Reply<O>, moved(value));
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies Reply<O>);
  }
  Atomics.store(flags, DONE, 1);
  Atomics.notify(flags, DONE);
}
