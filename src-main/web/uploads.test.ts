import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { UploadStore } from './uploads.js';

const HOUR = 60 * 60 * 1000;
const stores: UploadStore[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));

/** A request body as saveUpload reads it: a stream with headers. */
function body(text: string): IncomingMessage {
  return Object.assign(Readable.from([Buffer.from(text)]), { headers: {} }) as unknown as IncomingMessage;
}

// Everything happens two levels down in a sandbox, with the client file beside it: the
// paths the guard must refuse, and their parents, all stay inside, so even a broken guard
// could only ever delete sandbox files.
const sandbox = mkdtempSync(join(tmpdir(), 'roi-uploads-sandbox-'));
const parentDir = join(sandbox, 'outer', 'inner');
mkdirSync(parentDir, { recursive: true });
const canary = join(sandbox, 'outer', 'client.csv');
writeFileSync(canary, 'not yours');
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function storeWithClock(): { store: UploadStore; clock: { t: number } } {
  const clock = { t: 1_000_000 };
  const store = new UploadStore({ parentDir, maxAgeMs: HOUR, now: () => clock.t });
  stores.push(store);
  return { store, clock };
}

describe('upload store', () => {
  it('keeps each upload in a folder of its own under a private root', async () => {
    const { store } = storeWithClock();
    const file = await store.receive(body('a,b\n1,2\n'), '花费.csv', 1000);
    expect(basename(file)).toBe('花费.csv');
    expect(dirname(dirname(file))).toBe(store.root);
    expect(basename(store.root)).toMatch(/^roi-studio-uploads-/);
    expect(readFileSync(file, 'utf8')).toBe('a,b\n1,2\n');
  });

  it('sweeps uploads untouched longer than the limit, but not fresh or held ones', async () => {
    const { store, clock } = storeWithClock();
    const old = await store.receive(body('old'), 'old.csv', 1000);
    clock.t += 30 * 60 * 1000;
    const fresh = await store.receive(body('fresh'), 'fresh.csv', 1000);
    const held = await store.receive(body('held'), 'held.csv', 1000);
    const release = store.hold(held);
    clock.t += 31 * 60 * 1000;

    expect(await store.sweep()).toBe(1);
    expect(existsSync(dirname(old))).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(held)).toBe(true);

    clock.t += 2 * HOUR;
    expect(await store.sweep()).toBe(1);
    expect(existsSync(dirname(fresh))).toBe(false);
    expect(existsSync(held)).toBe(true);
    // The release counts as a use: the clock starts again from there.
    release();
    expect(await store.sweep()).toBe(0);
    expect(existsSync(held)).toBe(true);
    clock.t += HOUR + 1;
    expect(await store.sweep()).toBe(1);
    expect(existsSync(dirname(held))).toBe(false);
    expect(readdirSync(store.root)).toEqual([]);
  });

  it('discards an upload folder at once, and says so only the first time', async () => {
    const { store } = storeWithClock();
    const file = await store.receive(body('x'), 'x.csv', 1000);
    expect(await store.discard(file)).toBe('deleted');
    expect(existsSync(dirname(file))).toBe(false);
    expect(await store.discard(file)).toBe('absent');
  });

  it('defers the discard of a held upload until the last hold is released', async () => {
    const { store } = storeWithClock();
    const file = await store.receive(body('x'), 'x.csv', 1000);
    const [first, second] = [store.hold(file), store.hold(file)];
    expect(await store.discard(file)).toBe('deferred');
    first();
    first(); // a second call of the same release does not count twice
    expect(existsSync(file)).toBe(true);
    second();
    await vi.waitFor(() => expect(existsSync(dirname(file))).toBe(false));
  });

  it('refuses to delete anything that is not one of its uploads, however the path is spelled', async () => {
    const { store } = storeWithClock();
    const file = await store.receive(body('keep me'), 'keep.csv', 1000);
    const uploadDir = dirname(file);
    const refused = [canary, join(store.root, '..', '..', 'client.csv'), `${uploadDir}/../../../client.csv`, `${store.root}/..`, store.root, relative(process.cwd(), canary)];
    for (const path of refused) {
      expect(dirname(resolve(path)).startsWith(sandbox + sep)).toBe(true); // safe to try
      expect([path, await store.discard(path)]).toEqual([path, 'refused']);
    }
    // Inside the root but not an upload (its folder, not its file): nothing to delete either.
    for (const path of [uploadDir, `${file}/..`, join(store.root, 'upload-none', 'keep.csv')]) {
      expect([path, await store.discard(path)]).toEqual([path, 'absent']);
    }
    expect(readFileSync(canary, 'utf8')).toBe('not yours');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('leaves nothing behind when an upload breaks off', async () => {
    const { store } = storeWithClock();
    const broken = new Readable({
      read() {
        this.push(Buffer.from('half a file'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.receive(Object.assign(broken, { headers: {} }) as unknown as IncomingMessage, 'x.csv', 1000)).rejects.toThrow('connection reset');
    expect(readdirSync(store.root)).toEqual([]);
  });

  it('removes the whole root when closed', async () => {
    const store = new UploadStore({ parentDir });
    await store.receive(body('x'), 'x.csv', 1000);
    store.close();
    expect(existsSync(store.root)).toBe(false);
  });
});
