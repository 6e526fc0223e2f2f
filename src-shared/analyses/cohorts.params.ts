import { z } from 'zod';
import { isoDate } from './iso-date.js';

export const cohortsParamsSchema = z.object({ asOf: isoDate.optional() });
export type CohortsParams = z.output<typeof cohortsParamsSchema>;
