/**
 * The built renderer (out/renderer) served read-only: known MIME types, no directory
 * listing, nothing outside the folder (`..`, encoded slashes, NUL and absolute paths
 * are refused before the file system is asked).
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** The file under `root` that a URL path names, or null (missing, a folder, or outside root). */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (isAbsolute(wanted)) return null;
  const base = resolve(root);
  const full = resolve(base, wanted);
  const rel = relative(base, full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return full;
}

export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const full = resolveStaticPath(root, urlPath);
  if (!full) return null;
  const contentType = MIME_TYPES[extname(full).toLowerCase()];
  if (!contentType) return null;
  try {
    if (!(await stat(full)).isFile()) return null;
    return { body: await readFile(full), contentType };
  } catch {
    return null;
  }
}

/** index.html with the token in a meta tag, for the client to send as its Authorization header. */
export function withTokenMeta(html: string, token: string): string {
  return html.replace('</head>', `  <meta name="roi-token" content="${token}" />\n  </head>`);
}
