import { describe, expect, it } from 'vitest';
import { builtEntry } from './built-entry.js';

describe('builtEntry', () => {
  it('finds a thread script beside the built code, and in the build output when run from the sources at any depth', () => {
    expect(builtEntry('worker.js', 'file:///app/out/main/cli.js').href).toBe('file:///app/out/main/worker.js');
    expect(builtEntry('worker.js', 'file:///repo/src-main/jobs/run-job.ts').href).toBe('file:///repo/out/main/worker.js');
    expect(builtEntry('reader-thread.js', 'file:///repo/src-main/import/read/thread-table.ts').href).toBe('file:///repo/out/main/reader-thread.js');
  });
});
