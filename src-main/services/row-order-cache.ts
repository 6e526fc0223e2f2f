/**
 * The order of a searched or sorted rows view, kept between page requests (issue 13: the
 * rows view of a million-row dataset). Each page of such a view used to scan — and, sorted,
 * sort — every row of the dataset again, so a page deep into a sorted table took seconds
 * (16 s at row two million of 4.4M orders) and a search scanned twice per page (its rows,
 * then its count). Now the first request computes the view's row numbers once, on a thread
 * of its own so that the host keeps answering other calls meanwhile; the view's count is
 * their length and any page is read by row number. An entry is good while the project file
 * is unchanged: any write to it (an import, an update, a channel map) moves its size or
 * modification time, or its write-ahead log's.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DatasetKind } from '@shared/kinds.js';
import { openProject } from '../store/project.js';
import { viewRowNumbers } from '../store/dataset-rows.js';
import type { RowsView } from '../store/dataset-rows.js';
import { builtEntry } from '../built-entry.js';

/** A few views at most (a 4.5M-row view holds 18 MB): the one on screen and the ones just left. */
const KEPT_VIEWS = 3;

export interface RowOrderRequest {
  file: string;
  datasetId: number;
  kind: DatasetKind;
  view: RowsView;
}

export type RowOrderReply = { rows: Int32Array } | { error: string };

function fingerprint(file: string): string {
  const part = (path: string): string => {
    try {
      const s = statSync(path, { bigint: true });
      // Every opening of the project makes a new, empty log: only one holding pages tells of a write.
      return s.size === 0n ? '-' : `${s.size}:${s.mtimeNs}`;
    } catch {
      return '-';
    }
  };
  return `${part(file)}|${part(`${file}-wal`)}`;
}

function workerPath(): string {
  return fileURLToPath(builtEntry('row-order-worker.js', import.meta.url));
}

/** Here, when the thread's script is not there (sources run without a build). */
function computeHere(request: RowOrderRequest): Int32Array {
  const db = openProject(request.file, { readonly: true });
  try {
    return viewRowNumbers(db, request.datasetId, request.kind, request.view);
  } finally {
    db.close();
  }
}

function compute(request: RowOrderRequest): Promise<Int32Array> {
  const path = workerPath();
  if (!existsSync(path)) return Promise.resolve(computeHere(request));
  return new Promise((resolve, reject) => {
    const worker = new Worker(path, { workerData: request });
    worker.once('message', (reply: RowOrderReply) => {
      void worker.terminate();
      if ('rows' in reply) resolve(reply.rows);
      else reject(new Error(reply.error));
    });
    worker.once('error', reject);
  });
}

export class RowOrderCache {
  private readonly views = new Map<string, { fingerprint: string; rows: Promise<Int32Array> }>();
  /** How many times a view's order was computed (tests read it to see a page served from the cache). */
  computed = 0;

  /** The view's row numbers; requests for the same view while it is computed share the one computation. */
  rowNumbers(file: string, dataset: { id: number; kind: DatasetKind }, view: RowsView): Promise<Int32Array> {
    const key = JSON.stringify([file, dataset.id, view.search?.trim() ?? '', view.sort ?? null]);
    const now = fingerprint(file);
    const kept = this.views.get(key);
    this.views.delete(key);
    if (kept && kept.fingerprint === now) {
      this.views.set(key, kept);
      return kept.rows;
    }
    const rows = compute({ file, datasetId: dataset.id, kind: dataset.kind, view });
    this.computed++;
    this.views.set(key, { fingerprint: now, rows });
    // A failed computation is not kept: the next request tries again.
    rows.catch(() => this.views.get(key)?.rows === rows && this.views.delete(key));
    // Least recently used first: Map keeps insertion order and a hit is re-inserted.
    while (this.views.size > KEPT_VIEWS) this.views.delete(this.views.keys().next().value!);
    return rows;
  }
}
