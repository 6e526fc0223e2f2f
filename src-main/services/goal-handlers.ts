import { listGoals, deleteGoal, saveGoal } from '../analysis/goals.js';
import { buildDashboard } from '../analysis/dashboard.js';
import type { HandlerMap } from './registry.js';
import { withProject } from './dataset-handlers.js';
import type { OrderSummaryReady } from './order-summary-ready.js';

/**
 * Goals and the dashboard that tracks them (issue 6): quick SQL over the project's order
 * summary, no job needed — once the summary is there (an older project's is built in a
 * worker first: order-summary-ready.ts).
 */
export function goalHandlers(summary: OrderSummaryReady): Partial<HandlerMap> {
  return {
    'goal.list': async ({ project }) => {
      await summary.ensure(project);
      return withProject(project, (db) => listGoals(db));
    },
    'goal.save': async ({ project, goal }) => {
      await summary.ensure(project);
      return withProject(project, (db) => saveGoal(db, goal));
    },
    'goal.delete': ({ project, id }) => withProject(project, (db) => ({ deleted: deleteGoal(db, id) })),
    'dashboard.get': async ({ project, from, to }) => {
      await summary.ensure(project);
      return withProject(project, (db) => buildDashboard(db, { from, to }));
    },
  };
}
