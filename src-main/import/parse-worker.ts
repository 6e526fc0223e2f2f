/**
 * Entry of the parse thread of an import (see parse-table.ts). It keeps at most a few
 * batches in flight: the writer acknowledges each, so memory stays flat when SQLite is
 * slower than parsing.
 */
import { parentPort } from 'node:worker_threads';
import { toErrorInfo } from '../errors.js';
import { parseTable } from './parse-table.js';
import type { FromParser, ToParser } from './parse-protocol.js';

/**
 * Eight batches (a few MB): enough slack that neither thread stalls when the other is
 * descheduled for a moment on a busy machine — with two, each waited for the other
 * whenever the system ran something else, and a 10M-row import took up to 1.5× as long
 * at load 8 — and still flat memory.
 */
const MAX_IN_FLIGHT = 8;
const port = parentPort;
if (!port) throw new Error('parse-worker.ts must run in a worker thread');

let inFlight = 0;
let wake: (() => void) | undefined;

function emit(message: FromParser): Promise<void> {
  const transfer = message.type === 'batch' ? [message.packed, message.hashes.buffer] : [];
  port!.postMessage(message, transfer as ArrayBuffer[]);
  if (message.type !== 'batch') return Promise.resolve();
  inFlight++;
  return inFlight < MAX_IN_FLIGHT ? Promise.resolve() : new Promise((resolve) => (wake = resolve));
}

port.on('message', (m: ToParser) => {
  if (m.type === 'ack') {
    inFlight--;
    const w = wake;
    wake = undefined;
    w?.();
  } else {
    parseTable(m.request, emit).catch((e: unknown) => port.postMessage({ type: 'failed', error: toErrorInfo(e) } satisfies FromParser));
  }
});
