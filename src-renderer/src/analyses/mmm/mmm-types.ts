/** The marketing-mix result as the renderer reads it (type-only: erased at build time). */
import type { MmmAnalysis } from '@shared/analyses/mmm.result.js';

export type { MmmAnalysis };
export type MmmFitted = Extract<MmmAnalysis, { status: 'fitted' }>;
export type MmmChannelView = MmmFitted['channels'][number];
