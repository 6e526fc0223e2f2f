/**
 * The params schema of every registered analysis (zod: the API and the workers parse
 * with them; the renderer reads the zod-free definitions in index.ts instead).
 */
import type { z } from 'zod';
import type { AnalysisKind } from './index.js';
import { attributionParamsSchema } from './attribution.params.js';
import { funnelParamsSchema } from './funnel.params.js';
import { segmentsParamsSchema } from './segments.params.js';
import { ltvParamsSchema } from './ltv.params.js';
import { cohortsParamsSchema } from './cohorts.params.js';
import { basketParamsSchema } from './basket.params.js';
import { sentimentParamsSchema } from './sentiment.params.js';
import { mmmParamsSchema } from './mmm.params.js';

export const PARAMS_SCHEMAS = {
  attribution: attributionParamsSchema,
  funnel: funnelParamsSchema,
  segments: segmentsParamsSchema,
  ltv: ltvParamsSchema,
  cohorts: cohortsParamsSchema,
  basket: basketParamsSchema,
  sentiment: sentimentParamsSchema,
  mmm: mmmParamsSchema,
} as const satisfies Record<AnalysisKind, z.ZodType>;

export type ParamsSchemas = typeof PARAMS_SCHEMAS;
export type ParamsOf<K extends AnalysisKind> = z.output<ParamsSchemas[K]>;
export type ParamsInputOf<K extends AnalysisKind> = z.input<ParamsSchemas[K]>;

export { attributionParamsSchema, funnelParamsSchema, segmentsParamsSchema, ltvParamsSchema, cohortsParamsSchema, basketParamsSchema, sentimentParamsSchema, mmmParamsSchema };
