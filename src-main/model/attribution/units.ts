/** Time units used by the journey builder, time-decay and diagnostics (times are epoch ms). */
export const DAY_MS = 86_400_000;
