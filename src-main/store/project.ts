/**
 * A project is one SQLite file (`*.roi`). Opening one checks that it really is a ROI
 * Studio project before anything is written, refuses files from a newer version, and
 * runs pending migrations in one transaction (Signal's way: `PRAGMA user_version`).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, copyFileSync, existsSync, linkSync, openSync, readSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index.js';
import { isBusy, whileBusy } from './busy.js';
import { processAlive } from '../process-alive.js';

/** 'ROIS' — marks the file as ours, so `file` and other tools can recognise it. */
export const APPLICATION_ID = 0x524f4953;
const SQLITE_MAGIC = 'SQLite format 3\u0000';
const PAGE_SIZE = 32768;

export interface OpenOptions {
  /** Create the file when it does not exist (default false). */
  create?: boolean;
  readonly?: boolean;
}

export function openProject(file: string, options: OpenOptions = {}): Db {
  if (options.create && !options.readonly) createProject(file);
  if (!existsSync(file)) throw new AppError('error.projectNotFound', { file });
  assertLooksLikeSqlite(file);

  let db: Db;
  try {
    db = new Database(file, { readonly: Boolean(options.readonly), fileMustExist: true });
  } catch (e) {
    throw new AppError('error.notAProject', { file: basename(file), detail: String(e) });
  }
  try {
    checkIdentity(db, file);
    if (!db.readonly) {
      whileBusy(() => db.pragma('journal_mode = WAL'));
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Makes a new, migrated project at `file`, whole or not at all: built beside it under a
 * temporary name, then linked into place. A second import or window starting at the same
 * moment either finds no file or a finished project — never one half made (CI caught an
 * import reading another's new project mid-way and calling it "not a ROI Studio project").
 * False when the file already exists: someone else made it, and it is left as it is.
 */
export function createProject(file: string): boolean {
  removeStaleCreations(file);
  if (existsSync(file)) return false;
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.creating`;
  try {
    let db: Db;
    try {
      db = new Database(temp);
    } catch (e) {
      throw new AppError('error.projectNotCreated', { file: basename(file), folder: dirname(file), detail: String(e) });
    }
    try {
      // Projects are bulk-loaded and scanned whole: 32 KB pages made a 1M-row import ~25 %
      // faster than 4 KB ones (fewer b-tree pages to split and to checkpoint).
      db.pragma(`page_size = ${PAGE_SIZE}`);
      migrate(db);
    } finally {
      db.close();
    }
    return placeExclusively(temp, file);
  } finally {
    for (const leftover of [temp, `${temp}-journal`]) {
      try {
        rmSync(leftover, { force: true });
      } catch {
        // never made (the place could not hold it): nothing to remove
      }
    }
  }
}

/** `shop.roi.<pid>-<hex>.creating` (and its journal): the name createProject builds under. */
const CREATING = /^(.+)\.(\d+)-[0-9a-f]{8}\.creating(?:-journal)?$/;

/**
 * Removes what a creation of `file` killed mid-way (kill -9, a power cut) left beside it.
 * Only its own project's name and only a dead creator's: another window may be creating
 * this very project right now, or a project of another name.
 */
function removeStaleCreations(file: string): void {
  const folder = dirname(file);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // no folder yet: creation says why
  }
  for (const name of names) {
    const m = CREATING.exec(name);
    if (!m || m[1] !== basename(file) || processAlive(Number(m[2]))) continue;
    try {
      rmSync(join(folder, name), { force: true });
    } catch {
      // a read-only folder: the leftover stays, harmlessly (never listed as a project)
    }
  }
}

/** A hard link refuses an existing target atomically; a USB stick's exFAT has no links, so a copy that refuses one does. */
function placeExclusively(temp: string, file: string): boolean {
  try {
    linkSync(temp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
  }
  try {
    copyFileSync(temp, file, constants.COPYFILE_EXCL);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new AppError('error.projectNotCreated', { file: basename(file), folder: dirname(file), detail: String(e) });
  }
}

function assertLooksLikeSqlite(file: string): void {
  const size = statSync(file).size;
  if (size === 0) return; // an empty file is a fresh database to SQLite; checkIdentity decides
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (size < 100 || header.toString('latin1') !== SQLITE_MAGIC) {
    throw new AppError('error.notAProject', { file: basename(file) });
  }
}

function checkIdentity(db: Db, file: string): void {
  let appId: number;
  let version: number;
  let tables: number;
  try {
    // Read in one go, waiting out a writer that holds the file to itself (a busy project is not a corrupt one).
    [appId, version, tables] = whileBusy(() => [
      db.pragma('application_id', { simple: true }) as number,
      db.pragma('user_version', { simple: true }) as number,
      (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n,
    ]);
  } catch (e) {
    if (isBusy(e)) throw new AppError('error.projectBusy', { file: basename(file) });
    throw new AppError('error.notAProject', { file: basename(file) });
  }
  const blank = appId === 0 && version === 0 && tables === 0;
  if (!blank && appId !== APPLICATION_ID) throw new AppError('error.notAProject', { file: basename(file) });
  if (version > LATEST_VERSION) {
    throw new AppError('error.projectTooNew', { file: basename(file), found: version, supported: LATEST_VERSION });
  }
}

/** Runs every migration above the file's version, all in one transaction. */
export function migrate(db: Db): void {
  const version = (): number => db.pragma('user_version', { simple: true }) as number;
  if (version() >= LATEST_VERSION) return;
  // Under the write lock, the version read again: two imports opening a new project at the
  // same moment would otherwise both run the first migration.
  db.transaction(() => {
    const pending = MIGRATIONS.filter((m) => m.version > version());
    if (pending.length === 0) return;
    for (const m of pending) m.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_VERSION}`);
  }).immediate();
}

/** A consistent copy of a project into `target` (a new file), even while it has a write-ahead log. */
export function copyProject(file: string, target: string): void {
  const db = openProject(file, { readonly: true });
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
}
