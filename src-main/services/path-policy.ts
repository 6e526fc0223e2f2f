/**
 * Which paths a call may name is the host's decision, checked at the service boundary
 * (after the input's schema, before any handler). The Electron window and the CLI take
 * the user's own paths — they come from native dialogs or the user's shell. The browser
 * host must not: anything that can reach its port could otherwise read any spreadsheet
 * on disk (`import.preview`) or create SQLite files anywhere (`import.start`,
 * `project.open`); it accepts only its workspace's projects and its own uploads
 * (src-main/web/path-policy.ts).
 */
import type { ApiName } from '@shared/api.js';

/** project: a `.roi` file a call opens (or may create); source: a file an import reads. */
export type PathRole = 'project' | 'source';

export interface PathPolicy {
  /** The path the handler should use for `file` in `role`; throws an AppError when the host refuses it. */
  check(role: PathRole, file: string): string;
}

/** The Electron and CLI policy: the user's paths as given. */
export const userPaths: PathPolicy = { check: (_role, file) => file };

/**
 * What the `file` field of each call that has one names. `own`: checked by its handler
 * against the app's own folder (`export.read`) or answered by the host (`upload.discard`).
 * Every `project` field names a project. A test keeps this list complete.
 */
export const FILE_FIELD_ROLES: Partial<Record<ApiName, PathRole | 'own'>> = {
  'project.open': 'project',
  'import.preview': 'source',
  'import.span': 'source',
  'import.start': 'source',
  'upload.discard': 'own',
  'export.read': 'own',
};

/** The parsed input with its paths as the policy allows them (or a refusal, thrown). */
export function applyPathPolicy(name: ApiName, input: unknown, paths: PathPolicy): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const fields = input as { project?: unknown; file?: unknown };
  const checked: Record<string, unknown> = { ...fields };
  if (typeof fields.project === 'string') checked.project = paths.check('project', fields.project);
  if (typeof fields.file === 'string') {
    const role = FILE_FIELD_ROLES[name];
    if (role === undefined) throw new Error(`${name}: no path role for its file field (services/path-policy.ts)`);
    if (role !== 'own') checked.file = paths.check(role, fields.file);
  }
  return checked;
}
