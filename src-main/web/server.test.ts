import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobEvent } from '@shared/api.js';
import { startWebHost } from './server.js';
import type { WebHost } from './server.js';
import { CONTENT_SECURITY_POLICY } from '@shared/csp.js';

const root = mkdtempSync(join(tmpdir(), 'roi-web-test-'));
const renderer = join(root, 'renderer');
mkdirSync(join(renderer, 'assets'), { recursive: true });
writeFileSync(join(renderer, 'index.html'), '<html><head><title>t</title></head><body></body></html>');
writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, 'secret.txt'), 'secret');

/** A raw request: fetch() would normalise `..` and `%2e%2e` away before sending. */
function rawGet(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

const calls: { name: string; input: unknown }[] = [];
const listeners = new Set<(e: JobEvent) => void>();
const services = {
  call: async (name: string, input: unknown) => {
    calls.push({ name, input });
    return { ok: true as const, value: { echoed: name } as never };
  },
  onJobEvent: (l: (e: JobEvent) => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

let host: WebHost;
beforeAll(async () => {
  host = await startWebHost({ services, rendererDir: renderer, token: 'tok123', jsonLimit: 1000, uploadLimit: 5000 });
});
afterAll(() => host.close());

const auth = { Authorization: 'Bearer tok123' };
const json = { ...auth, 'Content-Type': 'application/json' };

describe('web host', () => {
  it('listens on the loopback address only, on a port of its own', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.port).toBeGreaterThan(0);
    expect(host.launchUrl).toBe(`${host.url}?token=tok123`);
  });

  it('refuses API calls without the token, or with a wrong one (401)', async () => {
    const none = await fetch(`${host.url}api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ ok: false, error: { code: 'ui.error.unauthorized', params: {} } });
    const wrong = await fetch(`${host.url}api/app.info`, { method: 'POST', headers: { ...json, Authorization: 'Bearer tok124' }, body: '{}' });
    expect(wrong.status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('does not accept the asset cookie for API calls (a cookie travels with cross-site requests)', async () => {
    const res = await fetch(`${host.url}api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: 'roi_token=tok123' }, body: '{}' });
    expect(res.status).toBe(401);
  });

  it('passes a JSON call to the services and returns their envelope', async () => {
    const res = await fetch(`${host.url}api/project.create`, { method: 'POST', headers: json, body: JSON.stringify({ name: '春季' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, value: { echoed: 'project.create' } });
    expect(calls.at(-1)).toEqual({ name: 'project.create', input: { name: '春季' } });
  });

  it('refuses bodies over the limit (413), non-JSON bodies (415) and GET calls (405)', async () => {
    const big = await fetch(`${host.url}api/project.create`, { method: 'POST', headers: json, body: JSON.stringify({ name: 'x'.repeat(2000) }) });
    expect(big.status).toBe(413);
    const form = await fetch(`${host.url}api/project.create`, { method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    const get = await fetch(`${host.url}api/app.info`, { headers: auth });
    expect(get.status).toBe(405);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { status } = await rawGet(host.port, '/?token=tok123', { Host: 'evil.example' });
    expect(status).toBe(421);
  });

  it('serves the page with the token, the CSP header and an asset cookie', async () => {
    const res = await fetch(host.launchUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<meta name="roi-token" content="tok123" />');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^roi_token=tok123;.*HttpOnly.*SameSite=Strict/);
    const asset = await fetch(`${host.url}assets/app.js`, { headers: { Cookie: 'roi_token=tok123' } });
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await asset.text()).toBe('console.log(1)');
  });

  it('refuses the page without the token and never leaves the renderer folder', async () => {
    expect((await fetch(host.url)).status).toBe(401);
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets%5c..%5c..%5csecret.txt', '/assets/']) {
      const res = await rawGet(host.port, path, { Cookie: 'roi_token=tok123' });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('streams an upload to a temp file that keeps the file name, within the limit', async () => {
    const body = '日期,渠道,花费\n2025-01-01,抖音,100\n';
    const res = await fetch(`${host.url}api/upload?name=${encodeURIComponent('../花费.csv')}`, { method: 'POST', headers: auth, body });
    const reply = (await res.json()) as { ok: boolean; value: { file: string } };
    expect(reply.ok).toBe(true);
    expect(reply.value.file.endsWith('/花费.csv')).toBe(true);
    expect(readFileSync(reply.value.file, 'utf8')).toBe(body);
    const big = await fetch(`${host.url}api/upload?name=a.csv`, { method: 'POST', headers: auth, body: 'x'.repeat(6000) });
    expect(big.status).toBe(413);
    const anonymous = await fetch(`${host.url}api/upload?name=a.csv`, { method: 'POST', body: 'x' });
    expect(anonymous.status).toBe(401);
  });

  it('pushes job events as server-sent events (token in the query: EventSource sends no headers)', async () => {
    expect((await fetch(`${host.url}api/events`)).status).toBe(401);
    const controller = new AbortController();
    const res = await fetch(`${host.url}api/events?token=tok123`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = res.body!.getReader();
    await reader.read();
    const event: JobEvent = { type: 'progress', jobId: 'j1', progress: { phase: 'reading', fraction: 0.5 } };
    for (const l of listeners) l(event);
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe(`data: ${JSON.stringify(event)}\n\n`);
    controller.abort();
  });
});
