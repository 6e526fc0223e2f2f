/** Where projects live for the app (the CLI takes any path): a folder and a recent list. */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ProjectRef } from '@shared/api.js';
import { removeStalePartials } from '../export/output-file.js';
import { exportStamp } from './export-stamp.js';

const RECENT_FILE = '.recent.json';
const MAX_RECENT = 10;
const lastExport = { stamp: '', count: 0 };

export class Workspace {
  /** Files the app produces for the user to download (reports, CSV exports). */
  readonly exportsDir: string;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.exportsDir = join(dir, 'exports');
    // Exports have fresh names, so a killed export's partial file is never replaced by the next one.
    removeStalePartials(this.exportsDir);
  }

  /** A fresh path in the exports folder: `name` with a time stamp, never overwriting. */
  exportFile(name: string): string {
    mkdirSync(this.exportsDir, { recursive: true });
    // To the second, numbered when several share it: two exports never overwrite each other.
    const stamp = exportStamp(new Date(), lastExport).name;
    const dot = name.lastIndexOf('.');
    const safe = name.replace(/[\\/:*?"<>|]/g, '_');
    return join(this.exportsDir, dot > 0 ? `${safe.slice(0, dot)}-${stamp}${safe.slice(dot)}` : `${safe}-${stamp}`);
  }

  /** A project name becomes a file name: path separators and control characters are dropped. */
  fileFor(name: string): string {
    return join(this.dir, projectFileName(name));
  }

  /** Where deleted projects go, recoverable (issue 16, item 5). */
  get trashDir(): string {
    return join(this.dir, 'trash');
  }

  /** Takes a project off the recent list, or puts `replacement` in its place (a rename). */
  forget(file: string, replacement?: string): void {
    const list = this.readRecent().flatMap((f) => (f === resolve(file) ? (replacement ? [resolve(replacement)] : []) : [f]));
    writeFileSync(join(this.dir, RECENT_FILE), JSON.stringify(list));
  }

  projects(): ProjectRef[] {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.roi'))
      .map((f) => ref(join(this.dir, f)))
      .sort((a, b) => b.modified.localeCompare(a.modified));
  }

  recent(): ProjectRef[] {
    return this.readRecent().filter((f) => existsSync(f)).map(ref);
  }

  remember(file: string): void {
    const list = [resolve(file), ...this.readRecent().filter((f) => f !== resolve(file))].slice(0, MAX_RECENT);
    writeFileSync(join(this.dir, RECENT_FILE), JSON.stringify(list));
  }

  private readRecent(): string[] {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(this.dir, RECENT_FILE), 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((f): f is string => typeof f === 'string') : [];
    } catch {
      return [];
    }
  }
}

export function ref(file: string): ProjectRef {
  return { file, name: basename(file, '.roi'), modified: statSync(file).mtime.toISOString() };
}

/** A project's file name (`name.roi`) from the name the user typed. */
export function projectFileName(name: string): string {
  const printable = [...name].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '') || 'project';
  return safe.endsWith('.roi') ? safe : `${safe}.roi`;
}
