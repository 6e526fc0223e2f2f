import { z } from 'zod';
import { isoDate } from './iso-date.js';

export const sentimentParamsSchema = z
  .object({
    /** Only reviews dated on or after this day (reviews without a date are then left out). */
    from: isoDate.optional(),
    /** Only reviews dated on or before this day. */
    to: isoDate.optional(),
    /**
     * The user's words for aspects: added to an aspect's keywords (quality, price, delivery,
     * service, packaging), or a new aspect under a new id. Chinese and English words alike.
     */
    aspectWords: z.record(z.string().trim().min(1).max(40).regex(/^[\p{L}\p{N}_-]+$/u, 'an aspect id: letters, digits, - or _'), z.array(z.string().trim().min(1).max(40)).max(200)).optional(),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, { message: 'from must not be after to', path: ['to'] });
export type SentimentParams = z.output<typeof sentimentParamsSchema>;
export type SentimentParamsInput = z.input<typeof sentimentParamsSchema>;
