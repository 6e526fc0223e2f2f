// Lint, and where code may run (see ../shared/STYLE.md, practice 1):
//   src-shared        anywhere: no Node, no Electron, no DOM
//   src-main/model    pure: no I/O of any kind
//   src-main          Node: `electron` only in src-main/electron (the Electron host)
//   src-renderer      DOM: no Node, no Electron, no native modules
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'http', 'https', 'net', 'crypto', 'stream', 'stream/*', 'url', 'zlib', 'readline'];
const forbid = (names, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: names, message }] }],
});

// Layers of src-main, bottom up: which other src-main folders each folder (with all its
// subfolders) may import. Files at the top of src-main (errors.ts, demo-project.ts) and
// src-shared are open to all; tests import what they need.
const MAIN_FOLDERS = ['model', 'store', 'export', 'import', 'demo', 'analysis', 'report', 'jobs', 'services', 'cli', 'web', 'electron', 'bench'];
const BELOW_SERVICES = ['jobs', 'analysis', 'report', 'import', 'demo', 'model', 'store', 'export'];
const MAY_IMPORT = {
  model: [],
  store: [],
  // Writers check they never overwrite a project or a file it imported: they read the store.
  export: ['store'],
  import: ['store'],
  demo: ['model'],
  analysis: ['model', 'store', 'export'],
  report: ['analysis', 'model', 'store', 'export'],
  jobs: ['analysis', 'report', 'import', 'demo', 'model', 'store', 'export'],
  services: BELOW_SERVICES,
  cli: BELOW_SERVICES,
  // Hosts reach the app through the services only.
  web: ['services'],
  electron: ['services'],
  // The benchmark harness runs anything, like a test.
  bench: MAIN_FOLDERS,
};
const NOT_PURE = [...nodeBuiltins, 'electron', 'better-sqlite3', 'exceljs', 'papaparse'];

function layerRule(folder) {
  const allowed = new Set([folder, ...MAY_IMPORT[folder]]);
  const forbidden = MAIN_FOLDERS.filter((f) => !allowed.has(f));
  const patterns = [
    { group: ['**/src-renderer/**'], message: 'src-main never imports the renderer: share types through src-shared.' },
    ...(forbidden.length ? [{ group: forbidden.map((f) => `**/${f}/**`), message: `src-main/${folder} may import only ${[...allowed].join(', ')} (and src-shared): see the layers in eslint.config.js.` }] : []),
    folder === 'model'
      ? { group: NOT_PURE, message: 'The model core is pure: no I/O, no Node, no database.' }
      : folder === 'electron'
        ? null
        : { group: ['electron'], message: "Only the Electron host (src-main/electron) may import 'electron': everything else runs under plain Node." },
  ].filter(Boolean);
  return { 'no-restricted-imports': ['error', { patterns }] };
}

const MAIN_LAYERS = [
  ...MAIN_FOLDERS.map((folder) => ({ files: [`src-main/${folder}/**`], ignores: ['**/*.test.ts'], rules: layerRule(folder) })),
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'resources/**', '.svelte-kit/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] }, globals: { ...globals.browser } },
  },
  {
    files: ['src-shared/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...NOT_PURE], message: 'src-shared runs anywhere: no Node, Electron or native modules.' },
            { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared imports nothing from either side.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  ...MAIN_LAYERS,
  {
    // All SQL lives in src-main/store (queries per table, typed); the others call it.
    files: ['src-main/**'],
    ignores: ['src-main/store/**', 'src-main/bench/**', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name=/^(prepare|pragma)$/]", message: 'SQL lives in src-main/store: add a typed query there and call it.' },
      ],
    },
  },
  {
    files: ['src-main/model/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', 'process', 'require', 'fetch'] },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Result shapes live in src-shared/analyses/<id>.result.ts: nothing, not even a type, comes from src-main.
      ...forbid([...nodeBuiltins, 'electron', 'better-sqlite3', 'exceljs', '**/src-main/**'], 'The renderer talks only to the typed API; result shapes are in src-shared/analyses.'),
    },
  },
);
