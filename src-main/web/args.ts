/** Command-line options of the browser host (`node out/main/web.js …`). */
import { parseArgs } from 'node:util';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WebHostArgs {
  port: number;
  workspace: string;
  open: boolean;
  help: boolean;
}

export const WEB_USAGE = [
  'usage: node out/main/web.js [--port N] [--workspace DIR] [--no-open]',
  '  --port N         listen on 127.0.0.1:N (default: a free port)',
  '  --workspace DIR  where projects (*.roi) are kept (default: ~/ROI Studio, or $ROI_STUDIO_WORKSPACE)',
  '  --no-open        do not open a browser, only print the address',
].join('\n');

export function defaultWorkspace(env: NodeJS.ProcessEnv = process.env): string {
  return env.ROI_STUDIO_WORKSPACE ? resolve(env.ROI_STUDIO_WORKSPACE) : join(homedir(), 'ROI Studio');
}

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): WebHostArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      workspace: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number (0-65535), got "${values.port}"`);
  return {
    port,
    workspace: values.workspace ? resolve(values.workspace) : defaultWorkspace(env),
    open: !values['no-open'],
    help: Boolean(values.help),
  };
}
