/**
 * The per-launch token: whoever opens the printed URL holds it; nothing else on the
 * machine (another user's browser tab, a page from the internet poking at 127.0.0.1)
 * does. API calls must carry it in the Authorization header (or `?token=` for the
 * event stream, which cannot set headers). The cookie set on the first page load only
 * lets the page fetch its own scripts and styles: a cookie is sent with cross-site
 * requests to any port of 127.0.0.1, so it never authorises an API call.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'roi_token';

export function newToken(): string {
  return randomBytes(24).toString('hex');
}

function sameToken(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}

export function cookieToken(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return null;
}

export type TokenSource = 'header' | 'query' | 'cookie';

/** Which allowed source carries the right token, or null when none does. */
export function authorisedBy(req: IncomingMessage, url: URL, token: string, allowed: readonly TokenSource[]): TokenSource | null {
  const given: Record<TokenSource, () => string | null> = {
    header: () => bearerToken(req),
    query: () => url.searchParams.get('token'),
    cookie: () => cookieToken(req),
  };
  return allowed.find((source) => sameToken(token, given[source]())) ?? null;
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/**
 * DNS rebinding guard: a page on evil.example whose name resolves to 127.0.0.1 would
 * send `Host: evil.example`. Only the loopback names of our own port are served.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}
