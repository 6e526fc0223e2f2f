/** How far along a goal is, in one word for its badge. */
import type { Goal } from '@shared/goals.js';

export type GoalStatus = 'achieved' | 'inProgress' | 'ended' | 'noData';

/**
 * A goal whose period the data already covers to its last day is over: met ("achieved")
 * or not ("ended") — never "in progress" (issue 14 finding 10).
 */
export function goalStatus(goal: Pick<Goal, 'current' | 'progress' | 'periodEnd' | 'asOf'>): GoalStatus {
  if (goal.current === null) return 'noData';
  if (goal.progress !== null && goal.progress >= 1) return 'achieved';
  return goal.asOf && goal.periodEnd <= goal.asOf ? 'ended' : 'inProgress';
}

export const STATUS_TONE: Readonly<Record<GoalStatus, 'ok' | 'accent' | 'warn'>> = {
  achieved: 'ok',
  inProgress: 'accent',
  ended: 'warn',
  noData: 'warn',
};
