/** The basket analysis result as the renderer reads it (type-only: erased at build time). */
import type { BasketAnalysis } from '../../../../src-main/analysis/results.js';

export type { BasketAnalysis };
export type BasketRuleView = BasketAnalysis['rules'][number];
