/**
 * An import that creates its project writes each page once (issue 13 item 4): in WAL mode
 * every page went to the WAL and then again into the file at the checkpoint, twice the
 * bytes of the project (590 MB written for a 295 MB project of 4.3M touchpoints). The
 * project is back in WAL mode afterwards, like every project.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src-main/import/pipeline.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir('roi-write-once-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes this process has passed to write() so far, all threads (Linux). */
const written = (): number => Number(/wchar:\s+(\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))![1]);

describe.skipIf(process.platform !== 'linux')('importing into a new project', () => {
  it('writes about the size of the project, not twice it, and leaves it in WAL mode', async () => {
    const csv = join(dir, 'touchpoints.csv');
    const lines = ['customer_id,timestamp,channel,event,value'];
    for (let i = 0; i < 150_000; i++) lines.push(`U${i >> 2},2025-03-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00,抖音,click,`);
    writeFileSync(csv, lines.join('\n') + '\n');
    const project = join(dir, 'new.roi');
    const before = written();
    const outcome = await importFile({ project, file: csv, kind: 'touchpoints' });
    const bytes = written() - before;
    expect(outcome.dataset.rowsImported).toBe(150_000);
    const size = statSync(project).size;
    expect(size).toBeGreaterThan(4 << 20);
    // Besides the project (1.0×) SQLite writes its rollback journal and spills the index
    // build's sort to a temp file: 1.39–1.40× measured, so 1.4 failed on noise. Writing
    // every page twice (the WAL regression this guards) is 2.0× and more.
    expect(bytes).toBeLessThan(1.6 * size);
    const db = new Database(project, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT count(*) AS n FROM touchpoints').get()).toEqual({ n: 150_000 });
    db.close();
  });
});
