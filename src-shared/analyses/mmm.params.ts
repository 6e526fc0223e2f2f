import { z } from 'zod';
import { MMM_COLUMN_ROLES } from '../mmm-columns.js';
import { MMM_DEFAULTS as D, MMM_KPIS } from './mmm.js';
import { isoDate } from './iso-date.js';

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
    /** Weeks of the plan. */
    planWeeks: z.number().int().min(1).max(104).default(D.planWeeks),
  })
  .refine((p) => !(p.from && p.to && p.from > p.to), { message: 'from must not be after to', path: ['to'] });
export type MmmParams = z.output<typeof mmmParamsSchema>;
export type MmmParamsInput = z.input<typeof mmmParamsSchema>;
