/** Entry of the thread that fits Gamma-Gamma beside BG/NBD (spend-fit-thread.ts). */
import { workerData, type MessagePort } from 'node:worker_threads';
import { fitGammaGamma } from '../model/customer/index.js';
import type { SpendFitReply, SpendFitRequest } from './spend-fit-thread.js';

const { request, port } = workerData as { request: SpendFitRequest; port: MessagePort };
// Flags: [0] done, [1] started (spend-fit-thread.ts waits for the start first).
Atomics.store(request.flags, 1, 1);
Atomics.notify(request.flags, 1);
let reply: SpendFitReply;
try {
  reply = { fit: fitGammaGamma(request.spend, { seed: request.seed }) };
} catch (error) {
  reply = { error: error instanceof Error ? error.message : String(error) };
}
port.postMessage(reply);
Atomics.store(request.flags, 0, 1);
Atomics.notify(request.flags, 0);
