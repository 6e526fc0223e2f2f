import { z } from 'zod';
import { BASKET_DEFAULTS } from './basket.js';

export const basketParamsSchema = z.object({
  /** Share of baskets an itemset must appear in, (0, 1]. */
  minSupport: z.number().gt(0).max(1).default(BASKET_DEFAULTS.minSupport),
  minConfidence: z.number().min(0).max(1).default(BASKET_DEFAULTS.minConfidence),
  minLift: z.number().min(0).default(BASKET_DEFAULTS.minLift),
  /** Longest itemset (antecedent + consequent). */
  maxLength: z.number().int().min(2).max(6).default(BASKET_DEFAULTS.maxLength),
  /** Only the baskets of customers in this RFM segment: its id ("champions", "importantValue") or its name in either language (Champions, 冠军客户). */
  segment: z.string().min(1).max(64).optional(),
});
export type BasketParams = z.output<typeof basketParamsSchema>;
export type BasketParamsInput = z.input<typeof basketParamsSchema>;
