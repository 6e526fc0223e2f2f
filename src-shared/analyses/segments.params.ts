import { z } from 'zod';
import { SEGMENTS_DEFAULTS } from './segments.js';
import { isoDate } from './iso-date.js';

export const segmentsParamsSchema = z.object({
  asOf: isoDate.optional(),
  k: z.union([z.literal('auto'), z.number().int().min(2).max(8)]).default(SEGMENTS_DEFAULTS.k),
  seed: z.number().int().default(SEGMENTS_DEFAULTS.seed),
  /** Numeric customer attributes (e.g. age) added to R, F, M for k-means. */
  attributes: z.array(z.string().min(1).max(64)).max(10).default([]),
});
export type SegmentsParams = z.output<typeof segmentsParamsSchema>;
export type SegmentsParamsInput = z.input<typeof segmentsParamsSchema>;
