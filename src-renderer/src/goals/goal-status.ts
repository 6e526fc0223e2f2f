/** How far along a goal is, in one word for its badge. */
import type { Goal } from '@shared/goals.js';

export type GoalStatus = 'achieved' | 'inProgress' | 'noData';

export function goalStatus(goal: Pick<Goal, 'current' | 'progress'>): GoalStatus {
  if (goal.current === null) return 'noData';
  return goal.progress !== null && goal.progress >= 1 ? 'achieved' : 'inProgress';
}

export const STATUS_TONE: Readonly<Record<GoalStatus, 'ok' | 'accent' | 'warn'>> = {
  achieved: 'ok',
  inProgress: 'accent',
  noData: 'warn',
};
