/** Helpers shared by this folder's tests: fixture files in a fresh temp dir, draining sources. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableSource } from './types.js';

export interface FixtureDir {
  dir: string;
  /** Writes `content` (text as UTF-8, or raw bytes) and returns the file's path. */
  write(name: string, content: string | Uint8Array): string;
  remove(): void;
}

export function fixtureDir(prefix = 'roi-read-'): FixtureDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface NumberedRow {
  row: number;
  cells: string[];
}

/** Every data row of a source with its spreadsheet row number, as batches promise it. */
export async function readAllRows(source: TableSource): Promise<NumberedRow[]> {
  const out: NumberedRow[] = [];
  for await (const batch of source.batches()) {
    batch.rows.forEach((cells, i) => out.push({ row: batch.firstRow + i, cells }));
  }
  return out;
}
