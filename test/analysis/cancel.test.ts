/** A cancelled analysis stops at once and leaves nothing behind in the project. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src-main/jobs/run-job.js';
import { buildDemo } from '../helpers/demo.js';

const { project } = buildDemo();
const analyses = (): number => {
  const db = new Database(project, { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM analyses').get() as { n: number }).n;
  db.close();
  return n;
};

describe('cancelling an analysis job', () => {
  it('rejects with "cancelled" promptly and saves no result', async () => {
    const before = analyses();
    const controller = new AbortController();
    const started = performance.now();
    const job = runJob('segments', { project, params: { k: 'auto' } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    await expect(job).rejects.toMatchObject({ code: 'error.cancelled' });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(analyses()).toBe(before);
  });

  it('saves the result when left to finish', async () => {
    const before = analyses();
    const result = await runJob('cohorts', { project, params: {} });
    expect(result.analysisId).toBeGreaterThan(0);
    expect(analyses()).toBe(before + 1);
  });
});
