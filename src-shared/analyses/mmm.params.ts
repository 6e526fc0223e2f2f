import { z } from 'zod';
import { MMM_COLUMN_ROLES } from '../mmm-columns.js';
import { MMM_DEFAULTS as D, MMM_KPIS } from './mmm.js';
import { isoDate } from './iso-date.js';

/** A lift test (geo or holdout experiment): what a channel brought in a period, measured, with its 90 % interval. */
export const liftTestSchema = z
  .object({
    channel: z.string().min(1).max(200),
    from: isoDate,
    to: isoDate,
    incrementalRevenue: z.number().min(0).max(1e12),
    low: z.number().min(0).max(1e12),
    high: z.number().min(0).max(1e12),
  })
  .refine((t) => t.from <= t.to && t.low <= t.incrementalRevenue && t.incrementalRevenue <= t.high, { message: 'a lift test needs from ≤ to and low ≤ measured ≤ high' });
export type MmmLiftTest = z.output<typeof liftTestSchema>;

export const mmmParamsSchema = z
  .object({
    /** What spend explains when it comes from orders: revenue or the order count (a weekly sheet has its own KPI column). */
    kpi: z.enum(MMM_KPIS).default(D.kpi),
    /** Only the weeks from…to (days inside whole ISO weeks). */
    from: isoDate.optional(),
    to: isoDate.optional(),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(D.seed),
    /** Weekly budget to split; default the recent weekly spend. */
    budget: z.number().positive().max(1e12).optional(),
    /** Per-channel bounds as shares of recent weekly spend. */
    bounds: z
      .object({ lower: z.number().min(0).max(1), upper: z.number().min(1).max(10) })
      .default({ ...D.bounds }),
    /** Channels held at their recent weekly spend. */
    locked: z.array(z.string().min(1).max(200)).max(50).default([]),
    /** A weekly sheet's columns: header → spend | exposure | control | ignore (the user's word over the suggestion). */
    columns: z.record(z.string().max(200), z.enum(MMM_COLUMN_ROLES)).default({}),
    /** Budget-for-a-goal mode: the least weekly spend whose best split brings this much weekly channel revenue. */
    goalRevenue: z.number().positive().max(1e12).optional(),
    /** Target-ROAS mode: the most weekly spend whose best split keeps channel revenue ÷ spend at or above this. */
    targetRoas: z.number().positive().max(1000).optional(),
    /** Weeks of the plan. */
    planWeeks: z.number().int().min(1).max(104).default(D.planWeeks),
    /** Experiments the model must respect (as priors on the channel's contribution in the test weeks, by their interval). */
    liftTests: z.array(liftTestSchema).max(20).default([]),
  })
  .refine((p) => !(p.from && p.to && p.from > p.to), { message: 'from must not be after to', path: ['to'] });
export type MmmParams = z.output<typeof mmmParamsSchema>;
export type MmmParamsInput = z.input<typeof mmmParamsSchema>;
