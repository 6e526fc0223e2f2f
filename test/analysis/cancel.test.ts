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
  it('rejects with "cancelled" and saves no result', async () => {
    const before = analyses();
    const controller = new AbortController();
    const job = runJob('segments', { project, params: { k: 'auto' } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 150);
    // Rejected as cancelled, not finished: had the abort been ignored the job would resolve.
    await expect(job).rejects.toMatchObject({ code: 'error.cancelled' });
    expect(analyses()).toBe(before);
  });

  it('reports how far review scoring got, and stops it when cancelled', async () => {
    const before = analyses();
    const controller = new AbortController();
    const seen: (number | null | undefined)[] = [];
    const job = runJob('sentiment', { project, params: {} }, {
      signal: controller.signal,
      onProgress: (p) => {
        expect(p.phase).toBe('scoring');
        seen.push(p.fraction);
        // The first share scored: the model is loaded and the reviews are being read.
        if (p.fraction === 0) controller.abort();
      },
    });
    await expect(job).rejects.toMatchObject({ code: 'error.cancelled' });
    expect(seen).toContain(0);
    expect(analyses()).toBe(before);
    const fractions: number[] = [];
    await runJob('sentiment', { project, params: {} }, { onProgress: (p) => void (typeof p.fraction === 'number' && fractions.push(p.fraction)) });
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(analyses()).toBe(before + 1);
  });

  it('saves the result when left to finish', async () => {
    const before = analyses();
    const result = await runJob('cohorts', { project, params: {} });
    expect(result.analysisId).toBeGreaterThan(0);
    expect(analyses()).toBe(before + 1);
  });
});
