/** The marketing-mix planner's calls: what-ifs and budget splits on the saved model, saved scenarios, and the plan as a file. */
import { basename } from 'node:path';
import { AppError } from '@shared/errors.js';
import { listGoals } from '../analysis/goals.js';
import { bestSplit, goalLink, savedMmm, whatIf } from '../analysis/mmm-plan.js';
import { makeFormatter } from '../report/format.js';
import { planTables, writePlanFile } from '../report/mmm-plan-file.js';
import type { PlanGoal } from '../report/mmm-plan-file.js';
import { goalName } from '../report/tables-overview.js';
import type { HandlerMap } from './registry.js';
import type { Workspace } from './workspace.js';
import { withProject } from './dataset-handlers.js';
import { addScenario, deleteScenario, listScenarios } from '../store/mmm-scenarios.js';

export function mmmHandlers(workspace: Workspace): Partial<HandlerMap> {
  return {
    'mmm.plan': ({ project, weeks, spend, split }) =>
      withProject(project, (db) => {
        const saved = savedMmm(db);
        let best = null;
        if (split?.goalId !== undefined) {
          const goal = listGoals(db).find((g) => g.id === split.goalId);
          if (!goal) throw new AppError('error.goalNotFound', { id: split.goalId });
          const link = goalLink(saved, goal, weeks);
          best = { ...bestSplit(saved, { ...split, goalRevenue: Math.max(1e-9, link.weeklyMedia) }), servesGoal: link };
        } else if (split) best = bestSplit(saved, split);
        return { whatIf: whatIf(saved, spend ?? best?.allocation ?? saved.optimiser.allocation, weeks), split: best };
      }),
    'mmm.scenarios': ({ project }) => withProject(project, (db) => listScenarios(db)),
    'mmm.saveScenario': ({ project, name, weeks, spend, goalId }) =>
      withProject(project, (db) => {
        // The prediction is the saved model's, made here: a scenario never carries numbers the model did not give.
        const w = whatIf(savedMmm(db), spend, weeks);
        return addScenario(db, { name, channels: w.channels, spend: w.spend, weeks: w.weeks, revenue: w.revenue, revenueInterval: w.revenueInterval, ...(goalId ? { goalId } : {}) });
      }),
    'mmm.deleteScenario': ({ project, id }) => withProject(project, (db) => ({ deleted: deleteScenario(db, id) })),
    'mmm.exportPlan': async ({ project, weeks, spend, format, lang, goalId }) => {
      const { channels, plan, goal } = withProject(project, (db) => {
        const saved = savedMmm(db);
        let goal: PlanGoal | undefined;
        if (goalId !== undefined) {
          const found = listGoals(db).find((g) => g.id === goalId);
          if (!found) throw new AppError('error.goalNotFound', { id: goalId });
          goal = { name: goalName(found, makeFormatter(lang)), link: goalLink(saved, found, weeks) };
        }
        return { channels: saved.channels.map((c) => c.channel), plan: whatIf(saved, spend, weeks).plan, goal };
      });
      const file = workspace.exportFile(`${basename(project, '.roi')}-budget-plan.${format}`);
      await writePlanFile(file, format, planTables(channels, plan, lang, goal), lang);
      return { file };
    },
  };
}
