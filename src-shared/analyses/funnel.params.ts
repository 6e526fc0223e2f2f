import { z } from 'zod';
import { FUNNEL_DEFAULTS } from './funnel.js';
import { isoDate } from './iso-date.js';

export const funnelParamsSchema = z.object({
  steps: z.array(z.string().min(1)).min(2),
  windowDays: z.number().positive().max(3650).default(FUNNEL_DEFAULTS.windowDays),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type FunnelParams = z.output<typeof funnelParamsSchema>;
