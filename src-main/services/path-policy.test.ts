import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { API_INPUTS, API_NAMES } from '@shared/api.js';
import { AppError } from '@shared/errors.js';
import { FILE_FIELD_ROLES, applyPathPolicy, userPaths } from './path-policy.js';
import type { PathPolicy } from './path-policy.js';

/** The keys an input schema accepts (objects, and each branch of a discriminated union). */
function keysOf(schema: z.ZodType): string[] {
  const s = schema as unknown as { shape?: Record<string, unknown>; options?: z.ZodType[] };
  if (s.shape) return Object.keys(s.shape);
  return (s.options ?? []).flatMap(keysOf);
}

describe('path policy at the service boundary', () => {
  it('knows what the file field of every call names', () => {
    const withFile = API_NAMES.filter((n) => keysOf(API_INPUTS[n]).includes('file'));
    expect(withFile.length).toBeGreaterThan(3);
    for (const name of withFile) expect(FILE_FIELD_ROLES[name], name).toBeDefined();
  });

  it('hands every project and source path to the host policy, and nothing else', () => {
    const seen: string[] = [];
    const policy: PathPolicy = {
      check: (role, file) => {
        seen.push(`${role}:${file}`);
        if (file.startsWith('/etc')) throw new AppError('error.notAnUpload', { file });
        return `/checked${file}`;
      },
    };
    expect(applyPathPolicy('import.start', { project: '/w/p.roi', file: '/u/a.csv', kind: 'spend' }, policy)).toEqual({ project: '/checked/w/p.roi', file: '/checked/u/a.csv', kind: 'spend' });
    expect(applyPathPolicy('project.open', { file: '/w/p.roi' }, policy)).toEqual({ file: '/checked/w/p.roi' });
    expect(applyPathPolicy('export.read', { file: '/w/exports/r.pdf' }, policy)).toEqual({ file: '/w/exports/r.pdf' });
    expect(() => applyPathPolicy('import.preview', { file: '/etc/passwd' }, policy)).toThrow(AppError);
    expect(seen).toEqual(['project:/w/p.roi', 'source:/u/a.csv', 'project:/w/p.roi', 'source:/etc/passwd']);
  });

  it('leaves the paths of the Electron and CLI hosts as the user gave them', () => {
    expect(applyPathPolicy('import.preview', { file: '/home/me/orders.csv' }, userPaths)).toEqual({ file: '/home/me/orders.csv' });
  });
});
