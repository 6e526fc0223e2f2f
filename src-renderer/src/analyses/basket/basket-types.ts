/** The basket analysis result as the renderer reads it. */
import type { BasketAnalysis, BasketRule } from '@shared/analyses/basket.result.js';

export type { BasketAnalysis };
export type BasketRuleView = BasketRule;
