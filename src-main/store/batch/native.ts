/**
 * The batch_rows extension (batch_rows.c), compiled at install by bin/build-native.js.
 * It is optional: where no C compiler was found the import writes row by row from
 * JavaScript instead — same rows, about twice as slow. ROI_STUDIO_NATIVE=off forces that
 * path (for comparison and troubleshooting).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from 'better-sqlite3';

const FILE = `batch_rows.${process.platform === 'win32' ? 'dll' : process.platform === 'darwin' ? 'dylib' : 'so'}`;

/** Where the build puts the extension: out/native, beside out/main. */
export function batchRowsPath(): string {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL(`../../../out/native/${FILE}`, here) : new URL(`../native/${FILE}`, here);
  // Packaged apps: SQLite cannot load a library from inside app.asar (see asarUnpack).
  return fileURLToPath(url).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/** Connections the extension was loaded into: a second load would register its functions twice. */
const loaded = new WeakSet<Database>();

/** Loads batch_rows into `db` (once per connection); false when it is not built (or turned off). */
export function loadBatchRows(db: Database): boolean {
  if (process.env.ROI_STUDIO_NATIVE === 'off') return false;
  if (loaded.has(db)) return true;
  const path = batchRowsPath();
  if (!existsSync(path)) return false;
  try {
    db.loadExtension(path); // entry point by SQLite's rule for batch_rows.*: sqlite3_batchrows_init
    loaded.add(db);
    return true;
  } catch {
    return false; // built for another platform or SQLite: the JavaScript path still works
  }
}
