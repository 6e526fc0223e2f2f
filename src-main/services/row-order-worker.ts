/**
 * Entry of the thread that computes a rows view's order (row-order-cache.ts): the scan and
 * sort of millions of rows take seconds, and on the host's thread every other call — a
 * job's progress, the dashboard — would wait for them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openProject } from '../store/project.js';
import { viewRowNumbers } from '../store/dataset-rows.js';
import type { RowOrderRequest, RowOrderReply } from './row-order-cache.js';

const request = workerData as RowOrderRequest;
let reply: RowOrderReply;
try {
  const db = openProject(request.file, { readonly: true });
  try {
    reply = { rows: viewRowNumbers(db, request.datasetId, request.kind, request.view) };
  } finally {
    db.close();
  }
} catch (error) {
  reply = { error: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(reply, 'rows' in reply ? [reply.rows.buffer as ArrayBuffer] : []);
