/**
 * The one way ROI Studio writes a file for the user (CSV exports, PDF and Excel reports),
 * from the CLI's `--out` and from the services alike:
 *   - it never overwrites a project (any SQLite database or its -wal/-journal companions,
 *     whatever path or symlink names it) or a file the project imported (same name, or
 *     same sha256 under another name): those are the user's data, an export is not;
 *   - it writes `<out>.<pid>.roi-studio.partial` beside the target, fsyncs it and renames
 *     it into place, so the target is the old file or the whole new one, never half;
 *   - partial files left by a killed run (their process is gone) are removed on the next
 *     write into the same folder;
 *   - a missing folder is refused with what to do, not an ENOENT.
 */
import { closeSync, fsyncSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { AppError } from '@shared/errors.js';
import { processAlive } from '../process-alive.js';

/** What an output must not replace: the project and the files it was built from. */
export interface OutputGuard {
  /** The project file the export comes from. */
  project: string;
  /** The datasets the project imported: their source file names and sha256 (hex). */
  imported: readonly { id: number; file: string; sha256: string }[];
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
/** A SQLite write-ahead log starts with one of these big-endian magic numbers. */
const WAL_MAGICS = [0x377f0682, 0x377f0683];
const PARTIAL = /^(.+)\.(\d+)\.roi-studio\.partial$/;

export function partialFileFor(target: string): string {
  return `${target}.${process.pid}.roi-studio.partial`;
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function head(file: string, bytes: number): Buffer {
  const buf = Buffer.alloc(bytes);
  const fd = openSync(file, 'r');
  try {
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

function isSqliteOrLog(file: string): boolean {
  const h = head(file, 16);
  if (h.length >= 16 && h.equals(SQLITE_MAGIC)) return true;
  return h.length >= 4 && WAL_MAGICS.includes(h.readUInt32BE(0));
}

/** sha256 (hex) of a file, read in chunks: synchronous, as the CSV exports run inside a synchronous analysis. */
function sha256FileSync(file: string): string {
  const hash = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

const sameFile = (a: Stats, b: Stats | null): boolean => b !== null && a.dev === b.dev && a.ino === b.ino;

/**
 * Refuses a target that would destroy the user's data or cannot be written; returns the
 * absolute path to write. Called before the work starts (fail fast) and again just before
 * the write (the file system may have changed meanwhile).
 */
export function checkOutputTarget(target: string, guard: OutputGuard): string {
  const file = resolve(target);
  const folder = dirname(file);
  const folderStat = statOrNull(folder);
  if (!folderStat?.isDirectory()) throw new AppError('error.outFolderMissing', { folder });
  const existing = statOrNull(file);
  if (!existing) return file;
  if (existing.isDirectory()) throw new AppError('error.outIsFolder', { file });
  const project = resolve(guard.project);
  // The project itself (any path, symlink or hard link to it), its journal and WAL files, and any other SQLite file.
  const companions = [project, `${project}-wal`, `${project}-shm`, `${project}-journal`];
  if (companions.some((c) => sameFile(existing, statOrNull(c))) || isSqliteOrLog(file)) {
    throw new AppError('error.outIsProject', { file });
  }
  const byName = guard.imported.find((d) => d.file === basename(file));
  if (byName) throw new AppError('error.outIsImportedSource', { file, id: byName.id, source: byName.file });
  if (guard.imported.length > 0) {
    const digest = sha256FileSync(file);
    const bySha = guard.imported.find((d) => d.sha256 === digest);
    if (bySha) throw new AppError('error.outIsImportedSource', { file, id: bySha.id, source: bySha.file });
  }
  return file;
}

/** Removes partial files in `folder` whose writer is gone (a kill -9, a power cut); returns how many. */
export function removeStalePartials(folder: string): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = PARTIAL.exec(name);
    if (!m || processAlive(Number(m[2]))) continue;
    rmSync(join(folder, name), { force: true });
    removed++;
  }
  return removed;
}

function fsyncFolder(folder: string): void {
  // Makes the rename itself durable. Folders cannot be opened on Windows: nothing to do there.
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Checks the target (see checkOutputTarget) and replaces it atomically with `data`. */
export function writeOutputFile(target: string, data: string | Uint8Array, guard: OutputGuard): string {
  const file = checkOutputTarget(target, guard);
  const folder = dirname(file);
  removeStalePartials(folder);
  const partial = partialFileFor(file);
  try {
    const fd = openSync(partial, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    checkOutputTarget(file, guard);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
  fsyncFolder(folder);
  return file;
}
