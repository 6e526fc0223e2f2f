/** Parameters of the analyses, shared by the CLI, the API and the wizards. */
import { z } from 'zod';

export const ATTRIBUTION_MODEL_IDS = ['first', 'last', 'linear', 'time-decay', 'position', 'markov', 'shapley'] as const;
export type AttributionModelId = (typeof ATTRIBUTION_MODEL_IDS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-01-31');

export const attributionParamsSchema = z.object({
  models: z.array(z.enum(ATTRIBUTION_MODEL_IDS)).min(1).default([...ATTRIBUTION_MODEL_IDS]),
  lookbackDays: z.number().positive().max(3650).default(30),
  halfLifeDays: z.number().positive().max(3650).default(7),
  positionWeights: z.object({ first: z.number().min(0), middle: z.number().min(0), last: z.number().min(0) }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Journeys from touchpoint logs or from an aggregated paths export; auto prefers touchpoints. */
  source: z.enum(['auto', 'touchpoints', 'paths']).default('auto'),
  /**
   * Whether a conversion row's channel is also a touch. Off by default: most logs record
   * the converting click as its own touch row, and counting the marker again would add a
   * phantom repeat of the last channel.
   */
  conversionIsTouch: z.boolean().default(false),
  /** The model whose ROI drives the budget advice. */
  adviceModel: z.enum(ATTRIBUTION_MODEL_IDS).default('markov'),
  maxChangeShare: z.number().min(0).max(1).default(0.3),
  minConversions: z.number().int().min(0).default(30),
  seed: z.number().int().default(1),
});
export type AttributionParams = z.output<typeof attributionParamsSchema>;
export type AttributionParamsInput = z.input<typeof attributionParamsSchema>;

export const funnelParamsSchema = z.object({
  steps: z.array(z.string().min(1)).min(2),
  windowDays: z.number().positive().max(3650).default(30),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type FunnelParams = z.output<typeof funnelParamsSchema>;

export const segmentsParamsSchema = z.object({
  asOf: isoDate.optional(),
  k: z.union([z.literal('auto'), z.number().int().min(2).max(8)]).default('auto'),
  seed: z.number().int().default(1),
  /** Numeric customer attributes (e.g. age) added to R, F, M for k-means. */
  attributes: z.array(z.string().min(1).max(64)).max(10).default([]),
});
export type SegmentsParams = z.output<typeof segmentsParamsSchema>;
export type SegmentsParamsInput = z.input<typeof segmentsParamsSchema>;

export const ltvParamsSchema = z.object({
  calibrationEnd: isoDate,
  holdoutEnd: isoDate.optional(),
  horizonWeeks: z.number().positive().max(520).default(52),
  margin: z.number().min(0).max(1).default(0.3),
  discountRateMonthly: z.number().min(0).max(1).default(0.01),
  seed: z.number().int().default(1),
});
export type LtvParams = z.output<typeof ltvParamsSchema>;
export type LtvParamsInput = z.input<typeof ltvParamsSchema>;

export const cohortsParamsSchema = z.object({ asOf: isoDate.optional() });
export type CohortsParams = z.output<typeof cohortsParamsSchema>;
