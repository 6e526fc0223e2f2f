/** Goals a project tracks (issue 6): what, how much, by when — and how far along it is. */
import { z } from 'zod';
import type { AnalysisKind } from './analyses/index.js';

export const GOAL_TYPES = ['new-customers', 'repeat-rate', 'revenue', 'roi', 'roas', 'cac', 'net-sentiment', 'positive-share'] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-01-31');

export const goalInputSchema = z
  .object({
    id: z.number().int().positive().optional(),
    type: z.enum(GOAL_TYPES),
    /**
     * new-customers: count; repeat-rate: share 0..1; revenue: money; roi/roas: ratio; cac: money per new customer;
     * the brand goals (review sentiment): net-sentiment −1..1 (positive share − negative share), positive-share 0..1.
     */
    target: z.number().finite(),
    periodStart: isoDate,
    periodEnd: isoDate,
    budget: z.number().min(0).nullable().default(null),
    note: z.string().max(500).default(''),
  })
  .refine((g) => g.periodStart <= g.periodEnd, { message: 'periodStart must not be after periodEnd', path: ['periodEnd'] })
  // Counts, money, shares and ROAS cannot be negative, a cost per customer must be positive;
  // only ROI may be below zero (a loss), and never below −100 % (issue 14 finding 10).
  .refine((g) => (g.type === 'roi' ? g.target >= -1 : g.type === 'cac' ? g.target > 0 : g.type === 'net-sentiment' ? g.target >= -1 && g.target <= 1 : g.type === 'positive-share' ? g.target >= 0 && g.target <= 1 : g.target >= 0), {
    message: 'target out of range for this goal type',
    path: ['target'],
  });
export type GoalInput = z.input<typeof goalInputSchema>;

/** Goals about how customers speak of the brand (their reviews), served by the sentiment analysis. */
export const BRAND_GOALS: ReadonlySet<GoalType> = new Set(['net-sentiment', 'positive-share']);

/** Higher is better for every goal type except CAC. */
export const LOWER_IS_BETTER: ReadonlySet<GoalType> = new Set(['cac']);

export interface Goal {
  id: number;
  type: GoalType;
  target: number;
  periodStart: string;
  periodEnd: string;
  budget: number | null;
  note: string;
  createdAt: string;
  /** The same measure over the equally long period just before this one (null without data). */
  baseline: number | null;
  /** The measure so far in the goal's period (null without data). */
  current: number | null;
  /** 0..1 (capped) of the way from baseline to target; null when it cannot be measured. */
  progress: number | null;
  /** Analyses that serve this goal, in the order to run them. */
  suggestedAnalyses: AnalysisKind[];
  /** Kinds of data the measure needs that the project lacks. */
  missingData: string[];
  /** The last day of data the goal is measured to (its "today"); null without data. */
  asOf?: string | null;
}
