// The web host deletes uploads once imported, discarded or left unused, and never one
// that an import or preview is still reading. The services are a fake here, so the test
// decides when a job ends; test/e2e/upload-cleanup.test.ts runs the real thing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import type { JobEvent } from '@shared/api.js';
import { startWebHost } from './server.js';
import type { WebHost } from './server.js';

const HOUR = 60 * 60 * 1000;
const scratch = mkdtempSync(join(tmpdir(), 'roi-upload-life-'));
const renderer = join(scratch, 'renderer');
mkdirSync(renderer);
writeFileSync(join(renderer, 'index.html'), '<html></html>');
// Uploads go two levels down in the scratch folder, the client file beside them: the paths
// the host must refuse, and their parents, stay inside, so a broken guard could only ever
// delete scratch files.
const parentDir = join(scratch, 'outer', 'inner');
mkdirSync(parentDir, { recursive: true });
const canary = join(scratch, 'outer', 'client.csv');
writeFileSync(canary, 'not yours');

const listeners = new Set<(e: JobEvent) => void>();
const emit = (e: JobEvent): void => listeners.forEach((l) => l(e));
let jobs = 0;
/** A preview waits for this gate when it is set, so a test can act while one reads. */
let previewGate: Promise<void> | null = null;
const services = {
  call: async (name: string, input: unknown) => {
    if (name === 'import.start') return { ok: true as const, value: { jobId: `job-${++jobs}` } as never };
    if (name === 'import.preview') {
      await previewGate;
      const file = (input as { file: string }).file;
      return { ok: true as const, value: { text: readFileSync(file, 'utf8') } as never };
    }
    return { ok: true as const, value: {} as never };
  },
  onJobEvent: (l: (e: JobEvent) => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

const clock = { t: 1_000_000 };
let host: WebHost;
beforeAll(async () => {
  host = await startWebHost({ services, rendererDir: renderer, token: 'tok', uploads: { parentDir, maxAgeMs: HOUR, now: () => clock.t } });
});
afterAll(async () => {
  await host.close();
  rmSync(scratch, { recursive: true, force: true });
});

const auth = { Authorization: 'Bearer tok' };

async function upload(text: string, name = 'spend.csv'): Promise<string> {
  const res = await fetch(`${host.url}api/upload?name=${name}`, { method: 'POST', headers: auth, body: text });
  return ((await res.json()) as { value: { file: string } }).value.file;
}

async function call(name: string, input: unknown): Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string } }> {
  const res = await fetch(`${host.url}api/${name}`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  return (await res.json()) as { ok: boolean };
}

async function startImport(file: string): Promise<string> {
  const reply = await call('import.start', { project: '/p.roi', file, kind: 'spend', mapping: {} });
  return reply.value!.jobId as string;
}

/** Lets the host act on what just happened (deletion is asynchronous). */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));
const gone = (file: string): Promise<void> => vi.waitFor(() => expect(existsSync(dirname(file))).toBe(false));

describe('web host uploads', () => {
  it('deletes an upload once an import of it succeeds', async () => {
    const file = await upload('a,b\n');
    const jobId = await startImport(file);
    emit({ type: 'progress', jobId, progress: { phase: 'reading', fraction: 0.5 } });
    await settle();
    expect(existsSync(file)).toBe(true);
    emit({ type: 'done', jobId, result: {} });
    await gone(file);
  });

  it('keeps it after a failed import, for another try; the retry that succeeds deletes it', async () => {
    const file = await upload('a,b\n');
    const first = await startImport(file);
    emit({ type: 'failed', jobId: first, error: { code: 'error.duplicateImport', params: {} } });
    await settle();
    expect(existsSync(file)).toBe(true);
    expect((await call('import.preview', { file })).value).toEqual({ text: 'a,b\n' });
    const retry = await startImport(file);
    emit({ type: 'done', jobId: retry, result: {} });
    await gone(file);
  });

  it('deletes an upload the wizard discards (closed, or another file chosen)', async () => {
    const file = await upload('a,b\n');
    expect(await call('upload.discard', { file })).toEqual({ ok: true, value: { discarded: true } });
    expect(existsSync(dirname(file))).toBe(false);
    expect(await call('upload.discard', { file })).toEqual({ ok: true, value: { discarded: false } });
  });

  it('never deletes an upload under a running import: a discard and the sweep wait for its end', async () => {
    const file = await upload('a,b\n');
    const jobId = await startImport(file);
    expect(await call('upload.discard', { file })).toEqual({ ok: true, value: { discarded: false } });
    clock.t += 2 * HOUR;
    await upload('another'); // each new upload sweeps
    await settle();
    expect(readFileSync(file, 'utf8')).toBe('a,b\n');
    emit({ type: 'failed', jobId, error: { code: 'error.cancelled', params: {} } });
    await gone(file);
  });

  it('never deletes an upload under a running preview', async () => {
    const file = await upload('a,b\n');
    let open!: () => void;
    previewGate = new Promise((resolve) => (open = resolve));
    const preview = call('import.preview', { file });
    await settle();
    expect(await call('upload.discard', { file })).toEqual({ ok: true, value: { discarded: false } });
    expect(existsSync(file)).toBe(true);
    open();
    previewGate = null;
    expect((await preview).value).toEqual({ text: 'a,b\n' });
    await gone(file);
  });

  it('sweeps uploads left unused longer than the limit when another arrives, not fresh ones', async () => {
    const old = await upload('old');
    clock.t += HOUR + 1;
    const fresh = await upload('fresh');
    await gone(old);
    expect(readFileSync(fresh, 'utf8')).toBe('fresh');
  });

  it('refuses to discard anything outside its uploads, and deletes nothing', async () => {
    const file = await upload('keep me');
    const root = dirname(dirname(file));
    expect(dirname(root)).toBe(parentDir);
    const paths = [canary, `${root}/../../client.csv`, `${dirname(file)}/../../../client.csv`, root, `${root}/..`];
    for (const path of paths) {
      expect(dirname(resolve(path)).startsWith(scratch + sep)).toBe(true); // safe to try
      expect([path, await call('upload.discard', { file: path })]).toMatchObject([path, { ok: false, error: { code: 'error.invalidInput' } }]);
    }
    expect(await call('upload.discard', { file: '' })).toMatchObject({ ok: false, error: { code: 'error.invalidInput' } });
    const anonymous = await fetch(`${host.url}api/upload.discard`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ file }) });
    expect(anonymous.status).toBe(401);
    expect(readFileSync(canary, 'utf8')).toBe('not yours');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });
});
