/**
 * Imports that used to fail with a program's internals (issue 10, item 9) now say what is
 * wrong in the user's words: a missing folder, a folder given as a file, a busy project.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src-main/import/pipeline.js';
import { tempDir } from '../helpers/cli.js';

const dir = tempDir('roi-messages-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const customers = join(dir, 'customers.csv');
writeFileSync(customers, 'customer_id,age\nc1,30\n');

describe('import messages', () => {
  it('name a missing project folder', async () => {
    await expect(importFile({ project: join(dir, 'nope', 'p.roi'), file: customers })).rejects.toMatchObject({ code: 'error.projectFolderMissing', params: { folder: join(dir, 'nope') } });
  });

  it('say a folder is not a file to import, nor a project', async () => {
    mkdirSync(join(dir, 'folder.csv'));
    await expect(importFile({ project: join(dir, 'p.roi'), file: join(dir, 'folder.csv') })).rejects.toMatchObject({ code: 'error.notAFile' });
    await expect(importFile({ project: dir, file: customers })).rejects.toMatchObject({ code: 'error.notAProject' });
  });

  it('name the project that another ROI Studio job is writing to', async () => {
    const project = join(dir, 'busy.roi');
    await importFile({ project, file: customers });
    const other = new Database(project);
    other.exec('BEGIN IMMEDIATE'); // another import or analysis, mid-write
    try {
      writeFileSync(join(dir, 'more.csv'), 'customer_id,age\nc2,40\n');
      await expect(importFile({ project, file: join(dir, 'more.csv') })).rejects.toMatchObject({ code: 'error.projectBusy', params: { file: 'busy.roi' } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  }, 20_000);
});
