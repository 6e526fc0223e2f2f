/**
 * The browser host's uploads: one folder per file under a private root (mkdtemp: ours
 * alone, name unguessable). They are clients' data and up to 2 GB each, so none may
 * outlive its use: an upload goes when it is discarded (imported, or the wizard let go
 * of it, see upload-lifetimes.ts), or when it was left untouched longer than `maxAgeMs`
 * (a closed tab never says goodbye). An upload that a preview or an import still reads is
 * held, and its deletion waits for the release.
 *
 * Only paths this store handed out can be deleted: they are looked up by exact resolved
 * path, never built from what a request says, so `../` tricks and absolute paths elsewhere
 * match nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { saveUpload } from './request-body.js';

export const UPLOAD_MAX_AGE_MS = 60 * 60 * 1000;
const SWEEP_EVERY_MAX_MS = 5 * 60 * 1000;

export interface UploadStoreOptions {
  /** Where the private root is made (default: the OS temp folder; tests use a sandbox). */
  parentDir?: string;
  /** Uploads untouched this long are deleted (default: an hour). */
  maxAgeMs?: number;
  /** How often to look for them, besides on each new upload (default: maxAgeMs / 10, at most 5 minutes). */
  sweepEveryMs?: number;
  /** Injectable so tests need not wait. */
  now?: () => number;
}

/**
 * deleted; deferred (held: it goes on release); absent (inside the root but no upload,
 * e.g. already deleted: nothing to do); refused (outside the root: never ours).
 */
export type DiscardOutcome = 'deleted' | 'deferred' | 'absent' | 'refused';

interface Upload {
  file: string;
  dir: string;
  lastUsed: number;
  holds: number;
  discarded: boolean;
}

export class UploadStore {
  readonly root: string;
  private readonly uploads = new Map<string, Upload>();
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private readonly timer: NodeJS.Timeout;

  constructor(options: UploadStoreOptions = {}) {
    this.maxAgeMs = options.maxAgeMs ?? UPLOAD_MAX_AGE_MS;
    this.now = options.now ?? Date.now;
    this.root = mkdtempSync(join(options.parentDir ?? tmpdir(), 'roi-studio-uploads-'));
    const every = options.sweepEveryMs ?? Math.min(this.maxAgeMs / 10, SWEEP_EVERY_MAX_MS);
    // unref: the sweep alone must not keep the process alive.
    this.timer = setInterval(() => void this.sweep(), Math.max(every, 1000)).unref();
  }

  /** Streams a request body into a new upload; returns the path the services read it from. */
  async receive(req: IncomingMessage, name: string | null, limit: number): Promise<string> {
    // Until saveUpload returns, the folder is not in the map, so no sweep can touch it.
    const file = await saveUpload(req, this.root, name, limit);
    this.uploads.set(file, { file, dir: dirname(file), lastUsed: this.now(), holds: 0, discarded: false });
    void this.sweep();
    return file;
  }

  /** Whether a path names one of the uploads still here. */
  has(file: string): boolean {
    return this.uploads.has(resolve(file));
  }

  /**
   * Keeps an upload from deletion until the returned function is called (idempotent).
   * Paths that are not uploads (the web host may be asked to read others) hold nothing.
   */
  hold(file: string): () => void {
    const upload = this.uploads.get(resolve(file));
    if (!upload) return () => {};
    upload.holds++;
    upload.lastUsed = this.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      upload.holds--;
      upload.lastUsed = this.now();
      if (upload.holds === 0 && upload.discarded) void this.remove(upload);
    };
  }

  async discard(file: string): Promise<DiscardOutcome> {
    const upload = this.uploads.get(resolve(file));
    if (!upload) return this.inRoot(file) ? 'absent' : 'refused';
    upload.discarded = true;
    if (upload.holds > 0) return 'deferred';
    return (await this.remove(upload)) ? 'deleted' : 'deferred';
  }

  /** Deletes uploads discarded or untouched for longer than maxAgeMs, unless held. */
  async sweep(): Promise<number> {
    const cutoff = this.now() - this.maxAgeMs;
    const due = [...this.uploads.values()].filter((u) => u.holds === 0 && (u.discarded || u.lastUsed < cutoff));
    const removed = await Promise.all(due.map((u) => this.remove(u)));
    return removed.filter(Boolean).length;
  }

  /** Deletes every upload and the root (the host is stopping). */
  close(): void {
    clearInterval(this.timer);
    this.uploads.clear();
    rmSync(this.root, { recursive: true, force: true });
  }

  private inRoot(file: string): boolean {
    const rel = relative(this.root, resolve(file));
    return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
  }

  private async remove(upload: Upload): Promise<boolean> {
    // Out of the map first, so no hold can be taken while the folder goes. The map only
    // holds folders receive() made; the root check keeps that true if the code changes.
    if (this.uploads.get(upload.file) !== upload || dirname(upload.dir) !== this.root) return false;
    this.uploads.delete(upload.file);
    try {
      await rm(upload.dir, { recursive: true, force: true });
      return true;
    } catch {
      // E.g. Windows refuses while a cancelled worker still has it open: the next sweep retries.
      upload.discarded = true;
      this.uploads.set(upload.file, upload);
      return false;
    }
  }
}
