/**
 * A project saved by the app before results carried a version (schema 2, commit 2780ca1;
 * test/fixtures/project-v2) opens, is migrated, and its saved analyses read as version 1.
 * A result whose version this app cannot read is withheld — "computed by an older version,
 * run again" — by the screens' read and never reused by a report, and a new run replaces
 * it. Through the services as the UI calls them (needs the built workers: `npm test` builds first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { JobEvent } from '@shared/api.js';
import { ANALYSES } from '@shared/analyses/index.js';
import { openProject } from '../../src-main/store/project.js';
import { LATEST_VERSION } from '../../src-main/store/migrations/index.js';
import { ensureSegments } from '../../src-main/report/analysis-runs.js';
import { testServices } from '../helpers/services.js';

const FIXTURE = readFileSync(new URL('../fixtures/project-v2/orders-analyses.sql', import.meta.url), 'utf8');

const { dir, services, call } = testServices('roi-older-');

/** The fixture as a project file, as the older app left it. */
function oldProject(name: string): string {
  const file = join(dir, `${name}.roi`);
  const db = new Database(file);
  db.exec(FIXTURE);
  db.close();
  return file;
}

function sql<T>(file: string, query: string): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(query).all() as T[];
  } finally {
    db.close();
  }
}

describe('a project saved before results carried a version', () => {
  it('is migrated, and its saved results read as version 1, unchanged', async () => {
    const file = oldProject('read');
    expect(sql(file, 'PRAGMA user_version')).toEqual([{ user_version: 2 }]);
    const stored = sql<{ kind: string; result: string }>(file, 'SELECT kind, result FROM analyses ORDER BY id');
    expect(stored.map((r) => r.kind)).toEqual(['cohorts', 'segments', 'ltv']);

    for (const { kind, result } of stored) {
      const saved = await call('analysis.latest', { project: file, kind: kind as keyof typeof ANALYSES });
      if (ANALYSES[kind as keyof typeof ANALYSES].resultVersion === 1) {
        expect(saved?.olderVersion).toBeUndefined();
        expect(saved?.result).toEqual(JSON.parse(result));
      } else {
        // Its meaning changed since (segments: RFM frequency scores; ltv: the at-risk list):
        // held back with "run again", never drawn with today's labels.
        expect(saved).toMatchObject({ result: null, olderVersion: { version: 1, current: ANALYSES[kind as keyof typeof ANALYSES].resultVersion } });
      }
    }
    expect(sql(file, 'PRAGMA user_version')).toEqual([{ user_version: LATEST_VERSION }]);
    expect(sql<{ version: number }>(file, 'SELECT DISTINCT version FROM analyses')).toEqual([{ version: 1 }]);
  });

  it('withholds a result of a version this app cannot read; a report runs it again, and so can the user', async () => {
    const file = oldProject('older');
    openProject(file).close(); // migrated, as any open does
    const db = new Database(file);
    db.prepare("UPDATE analyses SET version = 0 WHERE kind = 'segments'").run();
    db.close();

    const withheld = await call('analysis.latest', { project: file, kind: 'segments' });
    expect(withheld).toMatchObject({ kind: 'segments', result: null, olderVersion: { version: 0, current: ANALYSES.segments.resultVersion } });
    // The settings of that run are kept for the new one.
    expect(withheld?.params).toEqual({ k: 'auto', seed: 1, attributes: [] });

    const project = openProject(file);
    try {
      const outcome = ensureSegments(project);
      expect('run' in outcome && outcome.run.ranNow).toBe(true);
    } finally {
      project.close();
    }
    const rerun = await call('analysis.latest', { project: file, kind: 'segments' });
    expect(rerun?.olderVersion).toBeUndefined();
    expect(rerun?.result?.customers).toBe(6);
    expect(sql<{ version: number }>(file, "SELECT version FROM analyses WHERE kind = 'segments' ORDER BY id DESC LIMIT 1")).toEqual([
      { version: ANALYSES.segments.resultVersion },
    ]);
  });

  it('a run from the app saves a result stamped with the current version', async () => {
    const file = oldProject('run');
    const events: JobEvent[] = [];
    const off = services.onJobEvent((e) => events.push(e));
    try {
      const { jobId } = await call('analysis.run', { project: file, kind: 'cohorts', params: {} });
      await expect.poll(() => events.find((e) => e.jobId === jobId && e.type !== 'progress'), { timeout: 30_000 }).toMatchObject({ type: 'done' });
    } finally {
      off();
    }
    expect(sql<{ kind: string; version: number }>(file, 'SELECT kind, version FROM analyses ORDER BY id DESC LIMIT 1')).toEqual([
      { kind: 'cohorts', version: ANALYSES.cohorts.resultVersion },
    ]);
  });
});
