#!/usr/bin/env node
// The CLI is built into out/main/cli.js by `npm install` (the prepare script).
import { existsSync } from 'node:fs';

const built = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('roi-studio: not built yet — run `npm install` (or `npm run build`) first.\n');
  process.exit(1);
}
await import(built.href);
