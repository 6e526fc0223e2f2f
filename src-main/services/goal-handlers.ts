import { listGoals, deleteGoal, saveGoal } from '../analysis/goals.js';
import { buildDashboard } from '../analysis/dashboard.js';
import type { HandlerMap } from './registry.js';
import { withProject } from './dataset-handlers.js';

/** Goals and the dashboard that tracks them (issue 6): quick SQL over the project, no job needed. */
export function goalHandlers(): Partial<HandlerMap> {
  return {
    'goal.list': ({ project }) => withProject(project, (db) => listGoals(db)),
    'goal.save': ({ project, goal }) => withProject(project, (db) => saveGoal(db, goal)),
    'goal.delete': ({ project, id }) => withProject(project, (db) => ({ deleted: deleteGoal(db, id) })),
    'dashboard.get': ({ project, from, to }) => withProject(project, (db) => buildDashboard(db, { from, to })),
  };
}
