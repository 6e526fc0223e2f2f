import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors.js';
import { openProject } from '../store/project.js';
import { checkOutputTarget, removeStalePartials, writeOutputFile } from './output-file.js';
import type { OutputGuard } from './output-file.js';
import { outputGuardOf } from './output-guard.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-out-'));
const project = join(dir, 'p.roi');
openProject(project, { create: true }).close();
const sources = join(dir, 'sources');
mkdirSync(sources);
const ordersText = 'order_id,customer_id,date,revenue\no1,c1,2025-01-01,10\n';
writeFileSync(join(sources, 'orders.csv'), ordersText);
const guard: OutputGuard = {
  project,
  imported: [{ id: 3, file: 'orders.csv', sha256: createHash('sha256').update(ordersText).digest('hex') }],
};

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'written';
};

describe('writeOutputFile refuses to destroy the user\'s data', () => {
  it('refuses the project, by its path, a symlink, a hard link or another relative spelling', () => {
    const before = readFileSync(project);
    symlinkSync(project, join(dir, 'link.csv'));
    linkSync(project, join(dir, 'hard.csv'));
    for (const target of [project, join(dir, 'link.csv'), join(dir, 'hard.csv'), join(dir, 'sources', '..', 'p.roi')]) {
      expect(codeOf(() => writeOutputFile(target, 'a,b\n', guard))).toBe('error.outIsProject');
    }
    expect(readFileSync(project).equals(before)).toBe(true);
  });

  it('refuses any other SQLite file and the project\'s WAL', () => {
    const other = join(dir, 'other.db');
    new Database(other).exec('CREATE TABLE t (x)');
    expect(codeOf(() => writeOutputFile(other, 'x', guard))).toBe('error.outIsProject');
    const db = openProject(project);
    db.exec("INSERT INTO project_meta (key, value) VALUES ('k', 'v')");
    expect(existsSync(`${project}-wal`)).toBe(true);
    expect(codeOf(() => writeOutputFile(`${project}-wal`, 'x', guard))).toBe('error.outIsProject');
    expect(codeOf(() => writeOutputFile(`${project}-shm`, 'x', guard))).toBe('error.outIsProject');
    db.close();
  });

  it('refuses a file the project imported, by name or by content under another name', () => {
    expect(codeOf(() => writeOutputFile(join(sources, 'orders.csv'), 'x', guard))).toBe('error.outIsImportedSource');
    writeFileSync(join(sources, 'renamed.csv'), ordersText);
    expect(codeOf(() => writeOutputFile(join(sources, 'renamed.csv'), 'x', guard))).toBe('error.outIsImportedSource');
    expect(readFileSync(join(sources, 'renamed.csv'), 'utf8')).toBe(ordersText);
    // An ordinary file (an earlier export) is replaced, as the user asked.
    writeFileSync(join(sources, 'old-export.csv'), 'stale');
    expect(codeOf(() => writeOutputFile(join(sources, 'old-export.csv'), 'fresh', guard))).toBe('written');
    expect(readFileSync(join(sources, 'old-export.csv'), 'utf8')).toBe('fresh');
  });

  it('reads the guard from an open project (its file and its datasets)', () => {
    const db = openProject(project);
    try {
      const g = outputGuardOf(db);
      expect(g.project).toBe(project);
      expect(g.imported).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('says what to do when the folder is missing, and refuses a folder as the file', () => {
    const e = (() => {
      try {
        checkOutputTarget(join(dir, 'no-such-folder', 'out.csv'), guard);
      } catch (err) {
        return err as AppError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e.code).toBe('error.outFolderMissing');
    expect(e.params.folder).toBe(join(dir, 'no-such-folder'));
    expect(codeOf(() => writeOutputFile(sources, 'x', guard))).toBe('error.outIsFolder');
  });
});

describe('atomic writes and stale partial files', () => {
  it('leaves no partial file behind, after a write or a refusal', () => {
    writeOutputFile(join(dir, 'a.csv'), 'one', guard);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('one');
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('removes partials of dead writers, keeps those of live ones', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const folder = mkdtempSync(join(dir, 'partials-'));
    writeFileSync(join(folder, `r.pdf.${deadPid}.roi-studio.partial`), 'half');
    writeFileSync(join(folder, `r.pdf.${process.pid}.roi-studio.partial`), 'being written');
    writeFileSync(join(folder, 'notes.2024.partial'), 'not ours');
    writeOutputFile(join(folder, 'x.csv'), 'x', guard);
    expect(readdirSync(folder).sort()).toEqual(['notes.2024.partial', `r.pdf.${process.pid}.roi-studio.partial`, 'x.csv']);
    expect(removeStalePartials(folder)).toBe(0);
  });
});
