/**
 * The order of a searched or sorted rows view, kept between page requests (issue 13: the
 * rows view of a million-row dataset). Each page of such a view used to scan — and, sorted,
 * sort — every row of the dataset again, so a page deep into a sorted table took seconds
 * (16 s at row two million of 4.4M orders) and a search scanned twice per page (its rows,
 * then its count). Now the first request computes the view's row numbers once; its count is
 * their length and any page is read by row number. An entry is good while the project file
 * is unchanged: any write to it (an import, an update, a channel map) moves its size or
 * modification time, or its write-ahead log's.
 */
import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { DatasetKind } from '@shared/kinds.js';
import { viewRowNumbers } from '../store/dataset-rows.js';
import type { RowsView } from '../store/dataset-rows.js';

/** A few views at most (a 4.5M-row view holds 18 MB): the one on screen and the ones just left. */
const KEPT_VIEWS = 3;

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

export class RowOrderCache {
  private readonly views = new Map<string, { fingerprint: string; rows: Int32Array }>();
  /** How many times a view's order was computed (tests read it to see a page served from the cache). */
  computed = 0;

  rowNumbers(file: string, db: Database, dataset: { id: number; kind: DatasetKind }, view: RowsView): Int32Array {
    const key = JSON.stringify([file, dataset.id, view.search?.trim() ?? '', view.sort ?? null]);
    const now = fingerprint(file);
    const kept = this.views.get(key);
    this.views.delete(key);
    if (kept && kept.fingerprint === now) {
      this.views.set(key, kept);
      return kept.rows;
    }
    const rows = viewRowNumbers(db, dataset.id, dataset.kind, view);
    this.computed++;
    this.views.set(key, { fingerprint: now, rows });
    // Least recently used first: Map keeps insertion order and a hit is re-inserted.
    while (this.views.size > KEPT_VIEWS) this.views.delete(this.views.keys().next().value!);
    return rows;
  }
}
