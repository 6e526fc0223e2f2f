/**
 * The browser host accepts only its workspace's projects and its own uploads (issue 10,
 * item 10), through the real services and HTTP: a page that reaches the port can neither
 * read a file elsewhere on disk nor create or open a SQLite file outside the workspace.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorInfo } from '@shared/errors.js';
import { createServices } from '../services/index.js';
import { openProject } from '../store/project.js';
import { browserPaths } from './path-policy.js';
import { startWebHost } from './server.js';
import type { WebHost } from './server.js';
import { UploadStore } from './uploads.js';

const root = mkdtempSync(join(tmpdir(), 'roi-web-paths-'));
const workspace = join(root, 'workspace');
const outside = join(root, 'outside');
mkdirSync(outside);
const renderer = join(root, 'renderer');
mkdirSync(renderer);
writeFileSync(join(renderer, 'index.html'), '<html></html>');
const outsideProject = join(outside, 'client.roi');
openProject(outsideProject, { create: true }).close();
writeFileSync(join(outside, 'orders.csv'), 'order_id,customer_id,date,revenue\no1,c1,2025-01-01,10\n');

let host: WebHost;
let uploads: UploadStore;
let services: ReturnType<typeof createServices>;
beforeAll(async () => {
  uploads = new UploadStore({ parentDir: root });
  services = createServices({ workspace, host: 'web', version: 'test', paths: browserPaths(workspace, uploads) });
  host = await startWebHost({ services, uploads, rendererDir: renderer, token: 'tok' });
});
afterAll(async () => {
  await host.close();
});

async function call(name: string, input: unknown): Promise<{ ok: boolean; value?: Record<string, unknown>; error?: ErrorInfo }> {
  const res = await fetch(`${host.url}api/${name}`, { method: 'POST', headers: { Authorization: 'Bearer tok', 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  return (await res.json()) as { ok: boolean; value?: Record<string, unknown>; error?: ErrorInfo };
}

async function upload(name: string, body: string): Promise<string> {
  const res = await fetch(`${host.url}api/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { Authorization: 'Bearer tok' }, body });
  return ((await res.json()) as { value: { file: string } }).value.file;
}

describe('the browser host reads only its own uploads', () => {
  it('refuses to preview /etc/passwd or any file on disk', async () => {
    for (const file of ['/etc/passwd', join(outside, 'orders.csv'), `${uploads.root}/../outside/orders.csv`]) {
      const r = await call('import.preview', { file });
      expect(r, file).toMatchObject({ ok: false, error: { code: 'error.notAnUpload' } });
    }
  });

  it('previews a file it received', async () => {
    const file = await upload('orders.csv', 'order_id,customer_id,date,revenue\no1,c1,2025-01-01,10\n');
    const r = await call('import.preview', { file });
    expect(r.ok).toBe(true);
    expect(r.value?.headers).toEqual(['order_id', 'customer_id', 'date', 'revenue']);
  });
});

describe('the browser host opens only its workspace projects', () => {
  it('opens a project of the workspace', async () => {
    const created = await call('project.create', { name: 'Shop' });
    expect(created.ok).toBe(true);
    const opened = await call('project.open', { file: join(workspace, 'Shop.roi') });
    expect(opened).toMatchObject({ ok: true, value: { file: join(workspace, 'Shop.roi'), name: 'Shop' } });
  });

  it('refuses a project outside the workspace, by path, by .. and through a symlink', async () => {
    symlinkSync(outsideProject, join(workspace, 'linked.roi'));
    symlinkSync(outside, join(workspace, 'linked-folder'));
    const attempts = [
      outsideProject,
      join(workspace, '..', 'outside', 'client.roi'),
      `${workspace}/../outside/client.roi`,
      '../outside/client.roi',
      join(workspace, 'linked.roi'),
      join(workspace, 'linked-folder', 'client.roi'),
      '/etc/passwd',
    ];
    for (const file of attempts) {
      const r = await call('project.open', { file });
      expect(r, file).toMatchObject({ ok: false, error: { code: 'error.projectOutsideWorkspace' } });
    }
    // Every call that names a project is checked, not only project.open.
    for (const [name, input] of [
      ['overview.spend', { project: outsideProject }],
      ['dashboard.get', { project: join(workspace, 'linked.roi') }],
      ['dataset.rows', { project: outsideProject, datasetId: 1 }],
      ['report.export', { project: outsideProject, lang: 'en', format: 'xlsx' }],
      ['analysis.run', { project: outsideProject, kind: 'segments', params: {} }],
    ] as const) {
      expect(await call(name, input), name).toMatchObject({ ok: false, error: { code: 'error.projectOutsideWorkspace' } });
    }
  });

  it('creates no SQLite file anywhere: import.start and project.open with new paths are refused', async () => {
    const file = await upload('orders.csv', 'order_id,customer_id,date,revenue\no1,c1,2025-01-01,10\n');
    const before = readdirSync(outside).sort();
    const start = await call('import.start', { project: join(outside, 'new.roi'), file, kind: 'orders', mapping: {} });
    expect(start).toMatchObject({ ok: false, error: { code: 'error.projectOutsideWorkspace' } });
    expect(await call('project.open', { file: join(outside, 'another.roi') })).toMatchObject({ ok: false, error: { code: 'error.projectOutsideWorkspace' } });
    expect(await call('project.open', { file: join(workspace, 'missing.roi') })).toMatchObject({ ok: false, error: { code: 'error.projectNotFound' } });
    expect(await call('project.open', { file: join(workspace, 'notes.txt') })).toMatchObject({ ok: false, error: { code: 'error.projectOutsideWorkspace' } });
    expect(readdirSync(outside).sort()).toEqual(before);
    expect(existsSync(join(workspace, 'missing.roi'))).toBe(false);
  });
});
