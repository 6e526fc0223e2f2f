/**
 * Column-role mapping for the spreadsheet import: which header fills which role, and
 * which dataset kind a table is. Pure; no I/O.
 */
export { autoMap, missingRequired } from './auto-map.js';
export type { AutoMapping } from './auto-map.js';
export { detectKind, rankKinds, ROLES_FILLABLE_BY_CONSTANT, AMBIGUITY_MARGIN } from './detect-kind.js';
export type { KindDetection, KindFit } from './detect-kind.js';
export { guessPlatform } from './guess-platform.js';
export { headerForm } from './header-form.js';
