import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors.js';
import { APPLICATION_ID, createProject, openProject } from './project.js';
import { LATEST_VERSION } from './migrations/index.js';

const dir = mkdtempSync(join(tmpdir(), 'roi-store-'));
const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('openProject', () => {
  it('creates a project with the schema, WAL, STRICT tables and our application id', () => {
    const file = join(dir, 'new.roi');
    const db = openProject(file, { create: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['datasets', 'spend', 'touchpoints', 'paths', 'orders', 'customers', 'reviews', 'import_issues', 'analyses', 'goals']));
    for (const t of tables) expect(t.sql).toMatch(/STRICT/);
    // STRICT really rejects a wrongly typed value
    expect(() => db.prepare("INSERT INTO goals (type, target, created_at) VALUES ('revenue', 'lots', 'now')").run()).toThrow(/cannot store TEXT value in REAL column/);
    db.close();
  });

  it('keeps a big transaction out of memory: a new project spills its page cache to the WAL', () => {
    const file = join(dir, 'spill.roi');
    const db = openProject(file, { create: true });
    try {
      expect(db.pragma('page_size', { simple: true })).toBe(32768);
      db.exec('BEGIN');
      db.exec("INSERT INTO datasets (kind, file_name, sha256, format, encoding, mapping, imported_at, rows_read, rows_imported, rows_rejected, duplicates_removed, quality) VALUES ('spend','f','s','csv','UTF-8','{}','now',0,0,0,0,'{}')");
      // ~60 MB of rows, well past the 16 MB page cache: uncommitted pages must go to the WAL.
      db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600000) INSERT INTO spend (dataset_id, row, date, channel, spend) SELECT 1, i, '2025-01-01', printf('channel %080d', i), i FROM n");
      expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(20 * 1024 * 1024);
      db.exec('ROLLBACK');
    } finally {
      db.close();
    }
  });

  it('reopens an existing project without migrating it again', () => {
    const file = join(dir, 'again.roi');
    openProject(file, { create: true }).close();
    const db = openProject(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a missing project unless asked to create it', () => {
    expect(errorOf(() => openProject(join(dir, 'missing.roi'))).code).toBe('error.projectNotFound');
  });

  it('refuses a file from a newer version, and leaves it untouched', () => {
    const file = join(dir, 'future.roi');
    openProject(file, { create: true }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);
    const e = errorOf(() => openProject(file));
    expect(e.code).toBe('error.projectTooNew');
    expect(e.params).toMatchObject({ found: LATEST_VERSION + 1, supported: LATEST_VERSION });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a text file posing as a project and leaves it untouched', () => {
    const file = join(dir, 'notes.roi');
    writeFileSync(file, 'date,channel,spend\n2025-01-01,Douyin,100\n'.repeat(20));
    const before = readFileSync(file);
    expect(errorOf(() => openProject(file)).code).toBe('error.notAProject');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses another application’s SQLite database and leaves it untouched', () => {
    const file = join(dir, 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    other.close();
    const before = readFileSync(file);
    expect(errorOf(() => openProject(file)).code).toBe('error.notAProject');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a corrupt project (damaged schema page) with a clear error', () => {
    const file = join(dir, 'corrupt.roi');
    openProject(file, { create: true }).close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 100, 4096); // the header survives, the schema page does not
    writeFileSync(file, bytes);
    const before = readFileSync(file);
    expect(errorOf(() => openProject(file)).code).toBe('error.notAProject');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe('createProject', () => {
  it('places a whole, migrated project, and nothing else, in one step', () => {
    const place = mkdtempSync(join(dir, 'create-'));
    const file = join(place, 'shop.roi');
    expect(createProject(file)).toBe(true);
    expect(readdirSync(place)).toEqual(['shop.roi']); // no temporary file or journal left beside it
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.pragma('page_size', { simple: true })).toBe(32768);
    raw.close();
  });

  it('says plainly when the place cannot hold a project, and leaves nothing behind', () => {
    const place = mkdtempSync(join(dir, 'create-'));
    const notAFolder = join(place, 'notes.txt');
    writeFileSync(notAFolder, 'not a folder');
    const e = errorOf(() => createProject(join(notAFolder, 'shop.roi')));
    expect(e.code).toBe('error.projectNotCreated');
    expect(e.params).toMatchObject({ file: 'shop.roi', folder: notAFolder });
    expect(readdirSync(place)).toEqual(['notes.txt']);
  });

  it('leaves an existing file as it is and says it did not make it', () => {
    const place = mkdtempSync(join(dir, 'create-'));
    const file = join(place, 'taken.roi');
    writeFileSync(file, 'someone else’s');
    expect(createProject(file)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('someone else’s');
    expect(readdirSync(place)).toEqual(['taken.roi']);
  });

  it('sweeps what a killed creation of the same project left, and nothing of a living creator or another project', () => {
    const place = mkdtempSync(join(dir, 'create-'));
    const dead = spawnSync(process.execPath, ['-e', '']).pid; // exited: its pid names no process now
    const killedMidWay = [`shop.roi.${dead}-0a1b2c3d.creating`, `shop.roi.${dead}-0a1b2c3d.creating-journal`];
    const living = `shop.roi.${process.pid}-deadbeef.creating`; // another window of this process, still at it
    const otherProject = `other.roi.${dead}-0a1b2c3d.creating`; // swept when that project is created, not now
    for (const name of [...killedMidWay, living, otherProject]) writeFileSync(join(place, name), 'half made');
    expect(createProject(join(place, 'shop.roi'))).toBe(true);
    expect(readdirSync(place).sort()).toEqual([otherProject, 'shop.roi', living].sort());
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, 3… with no gaps', async () => {
    const { MIGRATIONS } = await import('./migrations/index.js');
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('bring a file of every older version to the same schema as a new project', async () => {
    const { MIGRATIONS } = await import('./migrations/index.js');
    const schemaOf = (file: string): string[] => {
      const db = new Database(file, { readonly: true });
      const rows = (db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { sql: string }[]).map((r) => r.sql);
      db.close();
      return rows;
    };
    const fresh = join(dir, 'fresh-schema.roi');
    openProject(fresh, { create: true }).close();
    for (let version = 1; version < MIGRATIONS.length; version++) {
      const file = join(dir, `old-v${version}.roi`);
      const old = new Database(file);
      old.transaction(() => {
        for (const m of MIGRATIONS.slice(0, version)) m.up(old);
        old.pragma(`application_id = ${APPLICATION_ID}`);
        old.pragma(`user_version = ${version}`);
      })();
      old.close();
      openProject(file).close();
      expect(schemaOf(file)).toEqual(schemaOf(fresh));
    }
  });
});
