/** The marketing-mix planner's calls: what-ifs and budget splits on the saved model, saved scenarios, and the plan as a file. */
import { basename } from 'node:path';
import { bestSplit, savedMmm, whatIf } from '../analysis/mmm-plan.js';
import { planTables, writePlanFile } from '../report/mmm-plan-file.js';
import type { HandlerMap } from './registry.js';
import type { Workspace } from './workspace.js';
import { withProject } from './dataset-handlers.js';
import { addScenario, deleteScenario, listScenarios } from '../store/mmm-scenarios.js';

export function mmmHandlers(workspace: Workspace): Partial<HandlerMap> {
  return {
    'mmm.plan': ({ project, weeks, spend, split }) =>
      withProject(project, (db) => {
        const saved = savedMmm(db);
        const best = split ? bestSplit(saved, split) : null;
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
    'mmm.exportPlan': async ({ project, weeks, spend, format, lang }) => {
      const { channels, plan } = withProject(project, (db) => {
        const saved = savedMmm(db);
        return { channels: saved.channels.map((c) => c.channel), plan: whatIf(saved, spend, weeks).plan };
      });
      const file = workspace.exportFile(`${basename(project, '.roi')}-budget-plan.${format}`);
      await writePlanFile(file, format, planTables(channels, plan, lang), lang);
      return { file };
    },
  };
}
