import { resolve } from 'node:path';
import { AppError } from '@shared/errors.js';
import { ANALYSES } from '@shared/analyses/index.js';
import { GOAL_TYPES, goalInputSchema } from '@shared/goals.js';
import { isDatasetKind } from '@shared/kinds.js';
import type { Goal } from '@shared/goals.js';
import { openProject } from '../../store/project.js';
import { deleteGoal, listGoals, saveGoal } from '../../analysis/goals.js';
import { formatTable } from '../output.js';
import type { Command } from '../command.js';
import { dateFlag, fmtNumber, requireProject } from '../args.js';

const USAGE =
  `goal add --project p.roi --type ${GOAL_TYPES.join('|')} --target N --from DATE --to DATE [--budget N] [--note TEXT] [--json]\n` +
  '  roi-studio goal list --project p.roi [--json]\n' +
  '  roi-studio goal delete --project p.roi --id N [--json]';

function number(raw: unknown, flag: string): number {
  const n = Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(n)) throw new AppError('error.flagNotNumber', { flag, value: String(raw ?? '') });
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
    if (action !== 'add' && action !== 'list' && action !== 'delete') throw new AppError('error.usage', { usage: USAGE });
    const db = openProject(resolve(project));
    try {
      if (action === 'add') {
        // Each flag checked as a flag first, so a refusal names it in the user's words (the schema's messages are English).
        const type = String(values.type ?? '');
        if (!(GOAL_TYPES as readonly string[]).includes(type)) throw new AppError('error.badChoice', { flag: 'type', choices: GOAL_TYPES.join('|'), value: type });
        const target = number(values.target, 'target');
        const from = dateFlag(values, 'from');
        const to = dateFlag(values, 'to');
        if (!from || !to) throw new AppError('error.flagRequired', { flag: from ? 'to' : 'from', usage: USAGE });
        if (from > to) throw new AppError('error.periodReversed', { from, to });
        const parsed = goalInputSchema.safeParse({
          type,
          target,
          periodStart: from,
          periodEnd: to,
          budget: values.budget === undefined ? null : number(values.budget, 'budget'),
          note: values.note ?? '',
        });
        if (!parsed.success) {
          if (parsed.error.issues.some((i) => i.path[0] === 'target')) throw new AppError('error.goalTargetRange', { value: String(target), type: `ui.goals.type.${type}` });
          throw new AppError('error.invalidInput', { detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        }
        const goal = saveGoal(db, parsed.data);
        if (values.json) return out.json(goal);
        out.line(
          out.t('cli.goal.added', {
            id: goal.id,
            type: out.t(`ui.goals.type.${goal.type}`),
            target: show(goal.target, goal.type),
            from: goal.periodStart,
            to: goal.periodEnd,
            baseline: show(goal.baseline, goal.type),
            current: show(goal.current, goal.type),
          }),
        );
        return;
      }
      if (action === 'delete') {
        const id = number(values.id, 'id');
        const deleted = deleteGoal(db, id);
        if (!deleted) throw new AppError('error.goalNotFound', { id });
        if (values.json) return out.json({ deleted });
        out.line(out.t('cli.goal.deleted', { id }));
        return;
      }
      const goals = listGoals(db);
      if (values.json) return out.json({ goals });
      // Goal types, analyses and data kinds in words, as the Goal step names them; --json keeps the ids.
      const list = out.t('ui.goals.listSeparator');
      out.line(
        formatTable([
          [out.t('cli.col.id'), out.col('goal'), out.col('period'), out.col('baseline'), out.col('current'), out.col('target'), out.col('progress'), out.t('cli.goal.analyses'), out.t('cli.goal.missingData')],
          ...goals.map((g) => [
            String(g.id),
            out.t(`ui.goals.type.${g.type}`),
            `${g.periodStart} – ${g.periodEnd}`,
            show(g.baseline, g.type),
            show(g.current, g.type),
            show(g.target, g.type),
            g.progress === null ? '—' : `${fmtNumber(g.progress * 100)}%`,
            g.suggestedAnalyses.map((a) => out.t(ANALYSES[a].labels.name)).join(list),
            g.missingData.map((k) => (isDatasetKind(k) ? out.t(`ui.kind.${k}`) : k)).join(list),
          ]),
        ]),
      );
    } finally {
      db.close();
    }
  },
};
