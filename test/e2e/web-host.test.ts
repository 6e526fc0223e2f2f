import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost } from './harness.js';
import type { WebHostProcess } from './harness.js';

let host: WebHostProcess;
beforeAll(async () => {
  host = await startWebHost();
});
afterAll(() => host.stop());

describe('web host (built, as npm start runs it)', () => {
  it('refuses an API request without the token (401) and answers one with it', async () => {
    const anonymous = await fetch(`${host.url}api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
    const info = await host.call('app.info', {});
    expect(info).toMatchObject({ host: 'web', workspace: host.workspace });
  });

  it('refuses the page without the token, serves it with the token and a strict CSP', async () => {
    expect((await fetch(host.url)).status).toBe(401);
    const page = await fetch(host.launchUrl);
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    const html = await page.text();
    const script = /src="\.?(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    expect((await fetch(`${host.url.slice(0, -1)}${script}`)).status).toBe(401);
    const asset = await fetch(`${host.url.slice(0, -1)}${script}`, { headers: { Cookie: page.headers.get('set-cookie')!.split(';')[0] } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('validates inputs at the boundary', async () => {
    const res = await fetch(`${host.url}api/project.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ name: '' }),
    });
    const envelope = (await res.json()) as { ok: boolean; error: { code: string } };
    expect(envelope).toMatchObject({ ok: false, error: { code: 'error.invalidInput' } });
  });
});
