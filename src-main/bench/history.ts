/**
 * Every benchmark figure is appended to bench/history.jsonl with when, which commit and
 * which release produced it, so a regression shows against earlier runs of the same entry.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const HISTORY_FILE = resolve(process.env.ROI_BENCH_HISTORY ?? 'bench/history.jsonl');

function commitOf(): string | null {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim() !== '';
  return `${r.stdout.trim()}${dirty ? '+changes' : ''}`;
}

function releaseOf(): string | null {
  try {
    return (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** The stamp of this run, computed once: every line of the run carries the same one. */
export function runStamp(): { at: string; commit: string | null; release: string | null } {
  return { at: new Date().toISOString(), commit: commitOf(), release: releaseOf() };
}

export function appendHistory(line: Record<string, unknown>): void {
  mkdirSync(dirname(HISTORY_FILE), { recursive: true });
  appendFileSync(HISTORY_FILE, `${JSON.stringify(line)}\n`);
}
