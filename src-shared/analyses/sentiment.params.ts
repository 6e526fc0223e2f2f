import { z } from 'zod';
import { isoDate } from './iso-date.js';

export const sentimentParamsSchema = z
  .object({
    /** Only reviews dated on or after this day (reviews without a date are then left out). */
    from: isoDate.optional(),
    /** Only reviews dated on or before this day. */
    to: isoDate.optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, { message: 'from must not be after to', path: ['to'] });
export type SentimentParams = z.output<typeof sentimentParamsSchema>;
export type SentimentParamsInput = z.input<typeof sentimentParamsSchema>;
