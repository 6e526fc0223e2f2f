import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { GOAL_TYPES, goalInputSchema } from '@shared/goals.js';
import type { Goal } from '@shared/goals.js';
import { openProject } from '../../store/project.js';
import { deleteGoal, listGoals, saveGoal } from '../../analysis/goals.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';
import { fmtNumber, requireProject } from '../args.js';

const USAGE =
  `goal add --project p.roi --type ${GOAL_TYPES.join('|')} --target N --from DATE --to DATE [--budget N] [--note TEXT] [--json]\n` +
  '  roi-studio goal list --project p.roi [--json]\n' +
  '  roi-studio goal delete --project p.roi --id N [--json]';

function number(raw: unknown, flag: string): number {
  const n = Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(n)) throw new AppError('error.invalidInput', { detail: `--${flag} must be a number, got "${String(raw ?? '')}"` });
  return n;
}

const show = (x: number | null, type: Goal['type']): string => (x === null ? '—' : type === 'repeat-rate' || type === 'roi' || type === 'net-sentiment' || type === 'positive-share' ? `${fmtNumber(x * 100, 1)}%` : fmtNumber(x, type === 'roas' ? 2 : 0));

/** `roi-studio goal add|list|delete`: the goals a project tracks, measured on its data. */
export const goalCommand: Command = {
  name: 'goal',
  usage: USAGE,
  options: {
    project: { type: 'string' },
    type: { type: 'string' },
    target: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    budget: { type: 'string' },
    note: { type: 'string' },
    id: { type: 'string' },
  },
  async run({ values, positionals, out }) {
    const action = positionals[0];
    const project = requireProject(values, USAGE);
    if (action !== 'add' && action !== 'list' && action !== 'delete') throw new AppError('error.invalidInput', { detail: `usage: roi-studio ${USAGE}` });
    const db = openProject(resolve(project));
    try {
      if (action === 'add') {
        const parsed = goalInputSchema.safeParse({
          type: values.type,
          target: number(values.target, 'target'),
          periodStart: values.from,
          periodEnd: values.to,
          budget: values.budget === undefined ? null : number(values.budget, 'budget'),
          note: values.note ?? '',
        });
        if (!parsed.success) throw new AppError('error.invalidInput', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        const goal = saveGoal(db, parsed.data);
        if (values.json) return out.json(goal);
        out.line(`goal ${goal.id}: ${goal.type} ${show(goal.target, goal.type)} (${goal.periodStart} – ${goal.periodEnd}); baseline ${show(goal.baseline, goal.type)}, now ${show(goal.current, goal.type)}`);
        return;
      }
      if (action === 'delete') {
        const id = number(values.id, 'id');
        const deleted = deleteGoal(db, id);
        if (!deleted) throw new AppError('error.goalNotFound', { id });
        if (values.json) return out.json({ deleted });
        out.line(`goal ${id} deleted`);
        return;
      }
      const goals = listGoals(db);
      if (values.json) return out.json({ goals });
      out.line(
        formatTable([
          ['id', 'type', 'period', 'baseline', 'now', 'target', 'progress', 'analyses', 'missing data'],
          ...goals.map((g) => [
            String(g.id),
            g.type,
            `${g.periodStart} – ${g.periodEnd}`,
            show(g.baseline, g.type),
            show(g.current, g.type),
            show(g.target, g.type),
            g.progress === null ? '—' : `${fmtNumber(g.progress * 100)}%`,
            g.suggestedAnalyses.join(', '),
            g.missingData.join(', '),
          ]),
        ]),
      );
    } finally {
      db.close();
    }
  },
};
