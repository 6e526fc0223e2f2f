import { z } from 'zod';
import { ATTRIBUTION_DEFAULTS as D, ATTRIBUTION_MODEL_IDS } from './attribution.js';
import { isoDate } from './iso-date.js';

export const attributionParamsSchema = z.object({
  models: z.array(z.enum(ATTRIBUTION_MODEL_IDS)).min(1).default([...ATTRIBUTION_MODEL_IDS]),
  lookbackDays: z.number().positive().max(3650).default(D.lookbackDays),
  halfLifeDays: z.number().positive().max(3650).default(D.halfLifeDays),
  positionWeights: z.object({ first: z.number().min(0), middle: z.number().min(0), last: z.number().min(0) }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /**
   * Journeys from touchpoint logs, from an aggregated paths export, or — the data most shops
   * have — from orders that carry their source channel (one-touch journeys: the channel the
   * order came from). Auto prefers touchpoints, then paths, then orders.
   */
  source: z.enum(['auto', 'touchpoints', 'paths', 'orders']).default('auto'),
  /**
   * Whether a conversion row's channel is also a touch. Off by default: most logs record
   * the converting click as its own touch row, and counting the marker again would add a
   * phantom repeat of the last channel.
   */
  conversionIsTouch: z.boolean().default(false),
  /** The model whose ROI drives the budget advice. */
  adviceModel: z.enum(ATTRIBUTION_MODEL_IDS).default(D.adviceModel),
  maxChangeShare: z.number().min(0).max(1).default(D.maxChangeShare),
  minConversions: z.number().int().min(0).default(D.minConversions),
  /** ROAS a channel must beat to be given more money (1 = revenue equals spend). */
  breakEvenRoas: z.number().min(0).max(100).default(1),
  seed: z.number().int().default(D.seed),
});
export type AttributionParams = z.output<typeof attributionParamsSchema>;
export type AttributionParamsInput = z.input<typeof attributionParamsSchema>;
