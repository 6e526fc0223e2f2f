/**
 * Managing projects from the app (issue 16, item 5): rename, copy, delete to the
 * workspace's trash folder and restore from it. A project a running job works on is left
 * alone; names are checked at the boundary (api.ts) and become file names here, beside
 * the project (the browser host only ever names projects of its workspace: its path policy).
 * A deleted project is moved, never erased: `trash/<name>-<time>.roi`, with a note of
 * where it came from so the undo puts it back there.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { copyProject, openProject } from '../store/project.js';
import type { HandlerMap } from './registry.js';
import type { JobBoard } from './jobs.js';
import { projectInfo } from './project-handlers.js';
import { projectFileName } from './workspace.js';
import type { Workspace } from './workspace.js';

/** SQLite's companions of a project file (present while a connection is open or after a crash). */
const SIDECARS = ['-wal', '-shm', '-journal'];

/** A rename, or a copy and delete where the trash is on another disk. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(from, to);
    rmSync(from);
  }
}

/** The project with its companions, after folding the write-ahead log into the file. */
function moveProject(from: string, to: string): void {
  // Closing the last connection checkpoints the log: the file alone then holds everything.
  openProject(from).close();
  moveFile(from, to);
  for (const s of SIDECARS) if (existsSync(from + s)) moveFile(from + s, to + s);
}

/** A free file name in `folder` for `name.roi`: "name (2).roi" … when it is taken. */
function freeName(folder: string, file: string): string {
  const stem = file.replace(/\.roi$/i, '');
  for (let n = 1; ; n++) {
    const candidate = join(folder, n === 1 ? `${stem}.roi` : `${stem} (${n}).roi`);
    if (!existsSync(candidate)) return candidate;
  }
}

export function projectManageHandlers(workspace: Workspace, jobs: JobBoard): Partial<HandlerMap> {
  function idle(project: string): void {
    if (jobs.busyWith(project)) throw new AppError('error.projectBusy', { file: basename(project) });
  }

  return {
    'project.rename': ({ project, name }) => {
      idle(project);
      const target = join(dirname(project), projectFileName(name));
      if (resolve(target) === resolve(project)) return projectInfo(project);
      // A change of case only is the same file on case-insensitive disks: not "already exists".
      if (existsSync(target) && target.toLowerCase() !== project.toLowerCase()) throw new AppError('error.projectExists', { file: basename(target) });
      moveProject(project, target);
      workspace.forget(project, target);
      return projectInfo(target);
    },
    'project.copy': ({ project, name }) => {
      const target = join(dirname(project), projectFileName(name));
      if (existsSync(target)) throw new AppError('error.projectExists', { file: basename(target) });
      copyProject(project, target);
      workspace.remember(target);
      return projectInfo(target);
    },
    'project.delete': ({ project }) => {
      idle(project);
      mkdirSync(workspace.trashDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const entry = basename(freeName(workspace.trashDir, `${basename(project, '.roi')} ${stamp}.roi`));
      moveProject(project, join(workspace.trashDir, entry));
      writeFileSync(join(workspace.trashDir, `${entry}.json`), JSON.stringify({ original: resolve(project), deletedAt: new Date().toISOString() }));
      workspace.forget(project);
      return { entry, folder: workspace.trashDir };
    },
    'project.restore': ({ entry }) => {
      const trashed = join(workspace.trashDir, entry);
      if (!existsSync(trashed)) throw new AppError('error.trashEntryNotFound', { entry });
      const note = join(workspace.trashDir, `${entry}.json`);
      let original = join(workspace.dir, entry);
      try {
        const parsed = JSON.parse(readFileSync(note, 'utf8')) as { original?: unknown };
        if (typeof parsed.original === 'string') original = parsed.original;
      } catch {
        // No note: back into the workspace under its trash name.
      }
      // Where it was, under its own name; a name taken since is numbered, a folder gone means the workspace.
      const folder = existsSync(dirname(original)) ? dirname(original) : workspace.dir;
      const target = freeName(folder, basename(original));
      moveProject(trashed, target);
      rmSync(note, { force: true });
      workspace.remember(target);
      return projectInfo(target);
    },
  };
}
