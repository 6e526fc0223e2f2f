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
    rules: {
      ...forbid([...nodeBuiltins, 'electron', 'better-sqlite3', 'exceljs', 'papaparse'], 'src-shared runs anywhere: no Node, Electron or native modules.'),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['src-main/model/**'],
    rules: {
      ...forbid([...nodeBuiltins, 'electron', 'better-sqlite3', 'exceljs', 'papaparse', '../store/*', '../import/*', '../jobs/*'], 'The model core is pure: no I/O, no Node, no database.'),
      'no-restricted-globals': ['error', 'process', 'require', 'fetch'],
    },
  },
  {
    files: ['src-main/**'],
    ignores: ['src-main/electron/**', 'src-main/model/**'],
    rules: forbid(['electron'], "Only the Electron host (src-main/electron) may import 'electron': everything else runs under plain Node."),
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...forbid([...nodeBuiltins, 'electron', 'better-sqlite3', 'exceljs'], 'The renderer talks only to the typed API.'),
      // Result shapes may be imported as types (erased at build time), nothing else.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src-main/**'], allowTypeImports: true, message: 'The renderer talks only to the typed API (type-only imports of result shapes are fine).' }] },
      ],
    },
  },
);
