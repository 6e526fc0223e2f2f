/**
 * How an import writes a project: one transaction for the whole file (a failed, cancelled
 * or killed import leaves the project as it was), with the connection tuned for a bulk load
 * while it runs, and a project the import itself created written once into its file.
 */
import { rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import { whileBusy } from './busy.js';

/** A bulk load's own page cache: up to 64 MB of new pages (about 1.5M spend rows). */
const IMPORT_CACHE_KIB = 64 * 1024;

/**
 * Takes the project's write lock for a bulk load. Its only other writer is ROI Studio
 * itself (another import or an analysis saving its result), which SQLite makes us wait for
 * up to its busy timeout; past that the user learns which project is busy and why.
 */
export function beginBulkWrite(db: Database, project: string): void {
  // The rows' only foreign key is the dataset this same transaction creates: checking it
  // per row costs ~15 % of the write. (The pragma is ignored inside a transaction.) No
  // cascade runs meanwhile either: deleteDataset (--replace) removes the rows itself.
  db.pragma('foreign_keys = OFF');
  // New pages stay in memory until the commit writes them once; beyond the cache they
  // spill to the WAL, so memory stays bounded whatever the file size.
  db.pragma(`cache_size = ${-IMPORT_CACHE_KIB}`);
  try {
    // Also while a first import writes the new project in rollback mode: SQLite answers
    // BUSY at once, without its timeout, to a connection that opened the file in WAL mode.
    whileBusy(() => db.exec('BEGIN IMMEDIATE'));
  } catch (e) {
    db.pragma('foreign_keys = ON');
    if (/SQLITE_BUSY|database is locked/i.test(String((e as { code?: string }).code ?? e))) throw new AppError('error.projectBusy', { file: project });
    throw e;
  }
}

/** Commits the bulk load, or rolls it back when `commit` is false or the commit fails. */
export function endBulkWrite(db: Database, commit: boolean): void {
  try {
    if (commit) db.exec('COMMIT');
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.pragma('foreign_keys = ON');
  }
}

/**
 * A project this import creates is written once, straight into its file: in WAL mode every
 * page went to the WAL first and was copied into the file again at the checkpoint (a 4.3M-
 * row touchpoints import wrote 590 MB for a 295 MB project, and took 14 s instead of 10).
 * A rollback journal records nothing for pages the file did not have, so it costs nothing
 * here. No one else has the new file open; if someone does (SQLITE_BUSY), WAL it stays.
 * FULL sync: without the WAL, NORMAL could lose the file to a power cut at commit.
 */
export function writeOnce(db: Database): void {
  try {
    if (db.pragma('journal_mode = DELETE', { simple: true }) === 'delete') db.pragma('synchronous = FULL');
  } catch {
    // busy: the import runs in WAL mode
  }
}

/** The project's usual mode after a writeOnce import (openProject also restores it on every open). */
export function backToWal(db: Database): void {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } catch {
    // busy: the next openProject switches it back
  }
}

/**
 * A project this import created goes again when the import fails — unless another import
 * (of ROI Studio, started at the same moment) has stored a dataset in it meanwhile. Decided
 * and done under the write lock, so no writer comes in between.
 */
export function removeIfStillEmpty(db: Database, project: string): void {
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch {
    return; // another import is writing: the project is theirs too now
  }
  try {
    const { n } = db.prepare('SELECT count(*) AS n FROM datasets').get() as { n: number };
    if (n === 0) for (const f of [project, `${project}-wal`, `${project}-shm`]) rmSync(f, { force: true });
  } finally {
    db.exec('ROLLBACK');
  }
}
