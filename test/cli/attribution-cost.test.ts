/**
 * A large attribution says what it will cost before it starts (issue 13 item 4): the
 * estimate follows the figures measured by the benchmarks, and the CLI tells it on stderr,
 * in the user's language, leaving stdout to the result.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { attributionCostToAnnounce, estimateAttributionCost } from '../../src-main/cli/commands/attribution-cost.js';
import type { DatasetSummary } from '../../src-shared/datasets.js';

describe('the cost estimate of attribution', () => {
  it('matches the peaks measured at 4.3M and 10M touchpoint rows within 10 %', () => {
    // Journeys as columns: 606 MB for 4,283,611 rows (attribution-e2e's project), 1132 MB for 10,029,962 rows (touchpoints-10m-e2e).
    expect(estimateAttributionCost(4_283_611).memoryMB).toBeGreaterThan(606 * 0.9);
    expect(estimateAttributionCost(4_283_611).memoryMB).toBeLessThan(606 * 1.1);
    expect(estimateAttributionCost(10_029_962).memoryMB).toBeGreaterThan(1132 * 0.9);
    expect(estimateAttributionCost(10_029_962).memoryMB).toBeLessThan(1132 * 1.1);
    expect(estimateAttributionCost(10_029_962).seconds).toBe(10);
  });

  it('is announced only for large touchpoint logs read as touchpoints', () => {
    const datasets = (rows: number) => [{ kind: 'touchpoints', rowsImported: rows } as DatasetSummary, { kind: 'spend', rowsImported: 9e6 } as DatasetSummary];
    expect(attributionCostToAnnounce(datasets(1_000_000), undefined)).toBeNull();
    expect(attributionCostToAnnounce(datasets(10_000_000), 'auto')).toMatchObject({ touchpoints: 10_000_000 });
    expect(attributionCostToAnnounce(datasets(10_000_000), 'paths')).toBeNull();
  });
});

describe('roi-studio attribution on a large project', () => {
  const dir = tempDir('roi-attribution-cost-');
  const csv = join(dir, 'touchpoints.csv');
  writeFileSync(csv, 'customer_id,timestamp,channel,event,value\nu1,2025-03-01T10:00:00,抖音,click,\nu1,2025-03-02T10:00:00,微信,conversion,120\nu2,2025-03-01T11:00:00,微信,click,\n');
  const project = join(dir, 'p.roi');

  it('says how long and how much memory before it starts, then runs', () => {
    expect(runCli(['import', csv, '--project', project, '--as', 'touchpoints']).code).toBe(0);
    const small = runCli(['attribution', '--project', project, '--json']);
    expect(small.code, small.stderr).toBe(0);
    expect(small.stderr).not.toMatch(/expect about/);
    // The estimate reads the stored row counts: a project recorded as 10M rows gets the notice.
    const db = new Database(project);
    db.prepare("UPDATE datasets SET rows_imported = 10029962 WHERE kind = 'touchpoints'").run();
    db.close();
    const large = runCli(['attribution', '--project', project, '--json']);
    expect(large.code, large.stderr).toBe(0);
    expect(large.stderr).toContain('Attribution over 10,029,962 touchpoints: expect about 10 s and 1.1 GB of memory at its peak.');
    expect(JSON.parse(large.stdout)).toMatchObject({ conversions: 1 });
    const zh = runCli(['attribution', '--project', project, '--lang', 'zh-CN']);
    expect(zh.stderr).toContain('归因分析将读取 10,029,962 条触点：预计约 10 秒，内存峰值约 1.1 GB。');
  });
});
