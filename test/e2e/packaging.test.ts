// The installer config cannot be exercised here (electron-builder downloads Electron and
// rebuilds better-sqlite3 online): it is checked against electron-builder's own schema.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as { DebugLogger: new (enabled: boolean) => unknown };

const config = yaml.load(readFileSync('electron.builder.yml', 'utf8'));

describe('electron.builder.yml', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds the three platforms’ installers and rebuilds better-sqlite3 for Electron', () => {
    const targets = (platform: string): string[] =>
      ((config[platform] as { target: (string | { target: string })[] }).target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/build/Release/*.node');
    expect(config.files).toContain('out/**');
  });

  it('points at the built Electron entry that exists', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.js');
    expect(readFileSync(pkg.main, 'utf8')).toContain('BrowserWindow');
  });
});
