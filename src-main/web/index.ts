/**
 * `node out/main/web.js` — the browser host: the same services as the Electron window,
 * served on 127.0.0.1 with a per-launch token. What `npm start` runs where Electron
 * cannot, and what the end-to-end tests drive.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createServices } from '../services/index.js';
import { WEB_USAGE, parseWebArgs } from './args.js';
import { openInBrowser } from './open-browser.js';
import { startWebHost } from './server.js';
import { browserPaths } from './path-policy.js';
import { UploadStore } from './uploads.js';

function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(argv: string[]): Promise<void> {
  const args = parseWebArgs(argv);
  if (args.help) {
    process.stdout.write(`${WEB_USAGE}\n`);
    return;
  }
  // The host decides which paths its calls may name: its workspace's projects and its own uploads.
  const uploads = new UploadStore();
  const services = createServices({ workspace: args.workspace, host: 'web', version: appVersion(), paths: browserPaths(args.workspace, uploads) });
  const host = await startWebHost({
    services,
    uploads,
    rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
    port: args.port,
  });
  process.stdout.write(`ROI Studio is running at ${host.launchUrl}\n`);
  process.stdout.write(`Projects are kept in ${args.workspace}\n`);
  const stop = (): void => {
    services.close();
    void host.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (args.open) {
    const opened = await openInBrowser(host.launchUrl);
    process.stdout.write(opened ? 'Opened it in your browser.\n' : 'No browser could be opened here: open the address above yourself.\n');
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`roi-studio web: ${e instanceof Error ? e.message : String(e)}\n${WEB_USAGE}\n`);
  process.exit(1);
});
