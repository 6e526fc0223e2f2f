import { z } from 'zod';

/** A calendar date as every API input spells it. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2025-01-31');
