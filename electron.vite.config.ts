import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const alias = { '@shared': resolve('src-shared') };

// Everything but the Electron host runs under plain Node too: the CLI, the web host
// and the job worker are extra entries of the main build, sharing chunks with it.
// Chunks sit beside the entries so `new URL('./worker.js', import.meta.url)` resolves
// from any of them.
/** The Node side: the Electron host, the CLI, the web host, the job workers and the bench. */
export const mainConfig = {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src-main/electron/main.ts'),
          cli: resolve('src-main/cli/index.ts'),
          web: resolve('src-main/web/index.ts'),
          worker: resolve('src-main/jobs/worker.ts'),
          'parse-worker': resolve('src-main/import/parse-worker.ts'),
          'reader-thread': resolve('src-main/import/read/reader-thread.ts'),
          'spend-fit-worker': resolve('src-main/analysis/spend-fit-worker.ts'),
          'attribution-orders-worker': resolve('src-main/analysis/attribution-orders-worker.ts'),
          'row-order-worker': resolve('src-main/services/row-order-worker.ts'),
          bench: resolve('src-main/bench/index.ts'),
        },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
};

export default defineConfig({
  main: mainConfig,
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve('src-main/electron/preload.ts') },
        // A CommonJS preload keeps the renderer sandboxed (an ESM preload needs sandbox: false).
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    resolve: { alias },
    plugins: [svelte({ configFile: resolve('svelte.config.js') })],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
