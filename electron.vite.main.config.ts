// The Node side only (no preload, no renderer): what `npm run test:unit` builds first, so
// the job workers the tests start run the current sources, in a few seconds.
import { defineConfig } from 'electron-vite';
import { mainConfig } from './electron.vite.config';

export default defineConfig({ main: mainConfig });
