/**
 * The browser host: the services over HTTP on 127.0.0.1 only.
 *   GET  /?token=…        the app (sets the asset cookie, puts the token in a meta tag)
 *   GET  /assets/…        the built renderer (cookie or token)
 *   POST /api/<name>      one API call: JSON in (≤ 1 MB), the Result envelope out
 *   POST /api/upload      a file to import, streamed to a temp file (≤ 2 GB) → { file };
 *                         deleted once imported, discarded or left unused (uploads.ts)
 *   GET  /api/events      job events (server-sent events)
 * Every API request carries the per-launch token (Authorization: Bearer, or ?token= for
 * the event stream); anything else gets 401.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorInfo, Result } from '@shared/errors.js';
import type { Services } from '../services/index.js';
import { authorisedBy, isLoopbackHost, newToken, tokenCookie } from './auth.js';
import { SECURITY_HEADERS } from '@shared/csp.js';
import { streamJobEvents } from './event-stream.js';
import { BodyTooLarge, readJsonBody } from './request-body.js';
import { readStaticFile, withTokenMeta } from './static-files.js';
import { withUploadLifetimes } from './upload-lifetimes.js';
import { UploadStore } from './uploads.js';
import type { UploadStoreOptions } from './uploads.js';

export interface WebHostOptions {
  services: Pick<Services, 'call' | 'onJobEvent'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  jsonLimit?: number;
  uploadLimit?: number;
  /**
   * The upload store (made by the caller when its path policy must know the uploads,
   * see web/index.ts), or where uploads go and how long an unused one may stay (tests: a
   * sandbox and a clock). The host closes it when it stops.
   */
  uploads?: UploadStore | UploadStoreOptions;
}

export interface WebHost {
  url: string;
  /** The URL to open: it carries the token. */
  launchUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export const JSON_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 2 * 1024 * 1024 * 1024;

const failure = (code: ErrorInfo['code'], params: ErrorInfo['params'] = {}): Result<never> => ({ ok: false, error: { code, params } });

function send(res: ServerResponse, status: number, body: Buffer | string, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), 'application/json; charset=utf-8');
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const jsonLimit = options.jsonLimit ?? JSON_LIMIT;
  const uploadLimit = options.uploadLimit ?? UPLOAD_LIMIT;
  const uploads = options.uploads instanceof UploadStore ? options.uploads : new UploadStore(options.uploads);
  const services = withUploadLifetimes(options.services, uploads);
  const streams = new Set<() => void>();
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, name: string): Promise<void> {
    const allowed = name === 'events' ? (['header', 'query'] as const) : (['header'] as const);
    if (!authorisedBy(req, url, token, allowed)) return sendJson(res, 401, failure('ui.error.unauthorized'));
    if (name === 'events') {
      if (req.method !== 'GET') return sendJson(res, 405, failure('ui.error.badRequest'));
      const end = streamJobEvents(res, services, SECURITY_HEADERS);
      streams.add(end);
      res.on('close', () => streams.delete(end));
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, failure('ui.error.badRequest'));
    if (name === 'upload') {
      const file = await uploads.receive(req, url.searchParams.get('name'), uploadLimit);
      return sendJson(res, 200, { ok: true, value: { file } });
    }
    // Only JSON: a cross-site form cannot send it without a preflight, which we never grant.
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return sendJson(res, 415, failure('ui.error.badRequest'));
    let input: unknown;
    try {
      input = await readJsonBody(req, jsonLimit);
    } catch (e) {
      if (e instanceof BodyTooLarge) throw e;
      return sendJson(res, 400, failure('error.invalidInput', { detail: 'the request body is not JSON' }));
    }
    sendJson(res, 200, await services.call(name, input));
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain; charset=utf-8');
    const by = authorisedBy(req, url, token, ['query', 'cookie', 'header']);
    if (!by) return send(res, 401, 'ROI Studio: open the address printed in the terminal (it carries the access token).', 'text/plain; charset=utf-8');
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    const isPage = file.contentType.startsWith('text/html');
    const body = isPage ? withTokenMeta(file.body.toString('utf8'), token) : file.body;
    const extra: Record<string, string> = by === 'query' ? { 'Set-Cookie': tokenCookie(token) } : {};
    if (!isPage) extra['Cache-Control'] = 'private, max-age=3600';
    send(res, 200, req.method === 'HEAD' ? '' : body, file.contentType, extra);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const task = (async () => {
      if (!isLoopbackHost(req.headers.host, port)) return send(res, 421, 'Misdirected request', 'text/plain; charset=utf-8');
      const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
      if (api) return handleApi(req, res, url, api[1]);
      if (url.pathname.startsWith('/api/')) return sendJson(res, 404, failure('ui.error.badRequest'));
      return handleStatic(req, res, url);
    })();
    task.catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (e instanceof BodyTooLarge) {
        sendJson(res, 413, failure('ui.error.tooLarge', { limit: Math.round(e.limit / 1024 / 1024) }));
        req.resume();
        return;
      }
      sendJson(res, 500, failure('error.unexpected', { detail: e instanceof Error ? e.message : String(e) }));
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (e) {
    services.close();
    uploads.close();
    throw e;
  }
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    launchUrl: `${url}?token=${token}`,
    token,
    port,
    close: async () => {
      for (const end of streams) end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      services.close();
      uploads.close();
    },
  };
}
