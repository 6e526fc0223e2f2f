/**
 * The `analyses` table: every run kept in the project (kind, params, result, the version
 * of the analysis that computed it), read back by the app, the dashboard and reports.
 */
import type { Database } from 'better-sqlite3';
import { ANALYSES } from '@shared/analyses/index.js';
import type { AnalysisKind } from '@shared/analyses/index.js';

export interface StoredAnalysis<T> {
  id: number;
  params: unknown;
  result: T;
  createdAt: string;
  /** The analysis version that computed it (see src-shared/analyses/versions.ts). */
  version: number;
}

/** Keeps a run, stamped with its analysis' current result version; returns its id. */
export function saveAnalysis(db: Database, kind: AnalysisKind, params: unknown, result: unknown): number {
  const info = db
    .prepare('INSERT INTO analyses (kind, params, result, created_at, version) VALUES (?, ?, ?, ?, ?)')
    .run(kind, JSON.stringify(params), JSON.stringify(result), new Date().toISOString(), ANALYSES[kind].resultVersion);
  return Number(info.lastInsertRowid);
}

/** The latest run of a kind as stored (callers check its version before reading its result). */
export function latestAnalysis<T>(db: Database, kind: AnalysisKind): StoredAnalysis<T> | undefined {
  const row = db.prepare('SELECT id, params, result, created_at, version FROM analyses WHERE kind = ? ORDER BY id DESC LIMIT 1').get(kind) as
    | { id: number; params: string; result: string; created_at: string; version: number }
    | undefined;
  return row && { id: row.id, params: JSON.parse(row.params), result: JSON.parse(row.result) as T, createdAt: row.created_at, version: row.version };
}

/**
 * Review labels in a period, summed from the latest sentiment run's per-day counts
 * (`byDay`: [day, positive, neutral, negative]); null when no sentiment run is saved.
 */
export function sentimentCountsIn(db: Database, from: string, to: string): { positive: number; neutral: number; negative: number } | null {
  const latest = db.prepare("SELECT json_extract(result, '$.byDay') AS days FROM analyses WHERE kind = 'sentiment' ORDER BY id DESC LIMIT 1").get() as { days: string | null } | undefined;
  if (!latest || latest.days === null) return null;
  return db
    .prepare(
      `SELECT total(json_extract(value, '$[1]')) AS positive, total(json_extract(value, '$[2]')) AS neutral, total(json_extract(value, '$[3]')) AS negative
       FROM json_each(?) WHERE json_extract(value, '$[0]') BETWEEN ? AND ?`,
    )
    .get(latest.days, from, to) as { positive: number; neutral: number; negative: number };
}

/** The latest run of every kind (id and time only), newest first. */
export function latestRunOfEachKind(db: Database): { kind: string; id: number; createdAt: string }[] {
  return db
    .prepare('SELECT kind, id, created_at AS createdAt FROM analyses WHERE id IN (SELECT max(id) FROM analyses GROUP BY kind) ORDER BY id DESC')
    .all() as { kind: string; id: number; createdAt: string }[];
}
