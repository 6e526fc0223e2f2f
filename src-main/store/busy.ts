/** Waiting out SQLite's BUSY where SQLite itself does not wait (no native module here: cheap to import). */

/** As long as SQLite's busy timeout: past it the caller's error says the project is busy. */
const BUSY_WAIT_MS = 5000;

/**
 * Runs `step`, again while SQLite answers BUSY, up to BUSY_WAIT_MS. Switching to WAL needs
 * the file to itself, and SQLite does not wait for that: a project that a first import is
 * writing in rollback mode (bulk-write.ts, writeOnce) is switched back when it ends.
 */
export function whileBusy<T>(step: () => T): T {
  const started = Date.now();
  for (;;) {
    try {
      return step();
    } catch (e) {
      if (!isBusy(e) || Date.now() - started > BUSY_WAIT_MS) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
}

/** SQLite's BUSY, by code or by message (better-sqlite3 gives both). */
export function isBusy(e: unknown): boolean {
  return /SQLITE_BUSY|database is locked/i.test(String((e as { code?: string }).code ?? e));
}
