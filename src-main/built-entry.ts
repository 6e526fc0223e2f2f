/**
 * Where a thread's script is: the built entries (electron-vite, out/main) sit beside the
 * built code that starts them. Run from the sources (vitest), TypeScript cannot be loaded
 * by a plain Node worker, so the build output is used: `npm test` builds before it tests.
 * `here` is the caller's import.meta.url.
 */
export function builtEntry(script: string, here: string): URL {
  if (!here.endsWith('.ts')) return new URL(`./${script}`, here);
  return new URL(`out/main/${script}`, here.slice(0, here.lastIndexOf('/src-main/') + 1));
}
