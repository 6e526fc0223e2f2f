/**
 * Projects managed from the app (issue 16, item 5) through the services: rename, copy,
 * delete to the trash folder and restore; names checked at the boundary; the browser
 * host only ever touches projects of its workspace. Needs the built parse worker.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from './index.js';
import { browserPaths } from '../web/path-policy.js';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';

const { dir, services, call } = testServices('roi-project-manage-');
const workspace = join(dir, 'workspace');

async function projectWithData(name: string): Promise<string> {
  const info = await call('project.create', { name });
  const csv = join(dir, `${name}.csv`);
  writeFileSync(csv, 'date,channel,spend\n2025-03-01,Douyin,300\n');
  await importFile({ project: info.file, file: csv, kind: 'spend' });
  return info.file;
}

describe('managing projects', () => {
  it('renames a project beside itself and keeps it on the recent list in its place', async () => {
    const file = await projectWithData('Client A');
    const renamed = await call('project.rename', { project: file, name: ' Client A / 2025 ' });
    expect(renamed.file).toBe(join(workspace, 'Client A 2025.roi'));
    expect(renamed.datasets).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
    const list = await call('project.list', {});
    expect(list.recent.map((p) => p.name)).toContain('Client A 2025');
    expect(list.recent.map((p) => p.name)).not.toContain('Client A');
    // A name that is taken is refused, nothing moves; an empty one fails the schema.
    await call('project.create', { name: 'Taken' });
    const clash = await services.call('project.rename', { project: renamed.file, name: 'Taken' });
    expect(clash.ok || clash.error.code).toBe('error.projectExists');
    expect(existsSync(renamed.file)).toBe(true);
    expect((await services.call('project.rename', { project: renamed.file, name: '   ' })).ok).toBe(false);
  });

  it('copies a project with its data under a new name', async () => {
    const file = await projectWithData('Template');
    const copy = await call('project.copy', { project: file, name: 'Template (copy)' });
    expect(copy.file).toBe(join(workspace, 'Template (copy).roi'));
    expect(copy.datasets.map((d) => d.rowsImported)).toEqual([1]);
    expect(existsSync(file)).toBe(true);
    expect((await services.call('project.copy', { project: file, name: 'Template (copy)' })).ok).toBe(false);
  });

  it('deletes to the trash folder, recoverable where it was, even after a new project took its name', async () => {
    const file = await projectWithData('Old client');
    const trashed = await call('project.delete', { project: file });
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(trashed.folder, trashed.entry))).toBe(true);
    expect((await call('project.list', {})).workspace.map((p) => p.name)).not.toContain('Old client');
    await call('project.create', { name: 'Old client' });
    const restored = await call('project.restore', { entry: trashed.entry });
    expect(restored.file).toBe(join(workspace, 'Old client (2).roi'));
    expect(restored.datasets).toHaveLength(1);
    expect(existsSync(join(trashed.folder, trashed.entry))).toBe(false);
    const again = await services.call('project.restore', { entry: trashed.entry });
    expect(again.ok || again.error.code).toBe('error.trashEntryNotFound');
    // The entry is a name in the trash folder, never a path.
    expect((await services.call('project.restore', { entry: '../workspace/Taken.roi' })).ok).toBe(false);
  });

  it('in the browser host, touches only projects of its workspace', async () => {
    const own = join(dir, 'web-workspace');
    mkdirSync(own, { recursive: true });
    const web = createServices({ workspace: own, host: 'web', version: 'test', paths: browserPaths(own, { has: () => false }) });
    try {
      const outside = await projectWithData('Elsewhere');
      for (const [name, input] of [
        ['project.rename', { project: outside, name: 'Mine now' }],
        ['project.copy', { project: outside, name: 'Mine now' }],
        ['project.delete', { project: outside }],
      ] as const) {
        const r = await web.call(name, input);
        expect(r.ok || r.error.code, name).toBe('error.projectOutsideWorkspace');
      }
      expect(existsSync(outside)).toBe(true);
    } finally {
      web.close();
    }
  });
});
