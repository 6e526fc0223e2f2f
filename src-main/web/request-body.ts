/** Request bodies under a size limit: JSON calls in memory, uploads streamed to disk. */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body larger than ${limit} bytes`);
  }
}

function declaredTooLarge(req: IncomingMessage, limit: number): boolean {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared > limit;
}

export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  if (declaredTooLarge(req, limit)) throw new BodyTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLarge(limit);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  return text === '' ? {} : (JSON.parse(text) as unknown);
}

/**
 * A client-side file name made safe as a file name here: the import keeps the base name
 * as the dataset's source, so it must survive, minus anything that would leave the folder.
 */
export function safeUploadName(name: string | null): string {
  const base = basename((name ?? '').replace(/\\/g, '/'))
    .replace(/[\p{Cc}<>:"|?*]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 200);
  return base || 'upload';
}

/** Streams the body into a new folder under `root`, keeping the client's file name. */
export async function saveUpload(req: IncomingMessage, root: string, name: string | null, limit: number): Promise<string> {
  if (declaredTooLarge(req, limit)) throw new BodyTooLarge(limit);
  const dir = await mkdtemp(join(root, 'upload-'));
  const file = join(dir, safeUploadName(name));
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > limit ? new BodyTooLarge(limit) : null, chunk);
    },
  });
  try {
    await pipeline(req, counter, createWriteStream(file, { flags: 'wx' }));
    return file;
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
}
