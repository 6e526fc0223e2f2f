/**
 * The browser host's paths: only projects of its workspace and its own uploads. A page that
 * reaches the port (or a bug in the UI) can then neither read a spreadsheet elsewhere on
 * disk nor create or change a SQLite file outside the workspace.
 *   project  a `.roi` file that exists directly in the workspace folder, resolved through
 *            symlinks (so `..`, and a link inside the workspace that points out, are refused);
 *   source   a file this host received as an upload and still holds.
 * New projects come from `project.create` / `project.demo`, which name them in the workspace.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import type { PathPolicy } from '../services/path-policy.js';

export interface UploadRegistry {
  has(file: string): boolean;
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

export function browserPaths(workspaceDir: string, uploads: UploadRegistry): PathPolicy {
  const workspace = resolve(workspaceDir);
  const outside = (file: string): AppError => new AppError('error.projectOutsideWorkspace', { file, workspace });

  function project(file: string): string {
    const asked = resolve(workspace, file);
    if (extname(asked).toLowerCase() !== '.roi') throw outside(file);
    if (!exists(asked)) {
      if (dirname(asked) === workspace) throw new AppError('error.projectNotFound', { file: basename(asked) });
      throw outside(file);
    }
    const real = realpathSync(asked);
    if (dirname(real) !== realpathSync(workspace) || extname(real).toLowerCase() !== '.roi' || !lstatSync(real).isFile()) throw outside(file);
    // Named as the workspace names it (the same string the project list shows).
    return join(workspace, basename(real));
  }

  function source(file: string): string {
    const full = resolve(file);
    if (!uploads.has(full)) throw new AppError('error.notAnUpload', { file: basename(full) });
    return full;
  }

  return { check: (role, file) => (role === 'project' ? project(file) : source(file)) };
}
