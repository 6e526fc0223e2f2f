import { z } from 'zod';
import { LTV_DEFAULTS as D } from './ltv.js';
import { isoDate } from './iso-date.js';

export const ltvParamsSchema = z.object({
  calibrationEnd: isoDate,
  holdoutEnd: isoDate.optional(),
  horizonWeeks: z.number().positive().max(520).default(D.horizonWeeks),
  margin: z.number().min(0).max(1).default(D.margin),
  discountRateMonthly: z.number().min(0).max(1).default(D.discountRateMonthly),
  seed: z.number().int().default(D.seed),
});
export type LtvParams = z.output<typeof ltvParamsSchema>;
export type LtvParamsInput = z.input<typeof ltvParamsSchema>;
