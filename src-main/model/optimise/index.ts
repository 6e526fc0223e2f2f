/**
 * Budget optimiser over the MMM's response curves (issue 12 item 5): equal marginal ROAS
 * under a total budget and per-channel bounds, the budget for a revenue goal, a target
 * ROAS, and an N-week plan carrying adstock and seasonality. Pure.
 */
export { DEFAULT_BOUNDS, boundsOf } from './allocate.js';
export type { AllocationChannel, Bounds } from './allocate.js';
export { budgetForGoal, maximiseRevenue, targetRoas } from './optimise.js';
export type { AllocationResult, OptimiserInput } from './optimise.js';
export { planWeeks } from './plan.js';
export type { PlanWeek } from './plan.js';
export { inflectionSpend, marginalResponse, weeklyResponse } from './response-curve.js';
