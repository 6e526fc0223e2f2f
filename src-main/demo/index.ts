/** The demo simulation and its spreadsheet export (README.md in this folder). */
export { simulateDemo, demoCustomerId, DEMO_DEFAULTS } from './simulate.js';
export { writeDemoSpreadsheets } from './export.js';
export type { DemoFile } from './export.js';
export type * from './types.js';
