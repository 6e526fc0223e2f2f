/** The project's goals as the Goal step shows them: loaded, saved, deleted, errors kept as values. */
import type { ErrorInfo } from '@shared/errors.js';
import type { Goal } from '@shared/goals.js';
import { toErrorInfo } from '../lib/api-error.js';
import type { Host } from '../lib/host.js';

export class GoalList {
  goals = $state.raw<Goal[] | null>(null);
  error = $state.raw<ErrorInfo | null>(null);

  constructor(
    private readonly host: Host,
    private readonly project: string,
  ) {}

  async load(): Promise<void> {
    try {
      this.goals = await this.host.api['goal.list']({ project: this.project });
      this.error = null;
    } catch (e) {
      this.error = toErrorInfo(e);
    }
  }

  async remove(goal: Goal): Promise<void> {
    try {
      await this.host.api['goal.delete']({ project: this.project, id: goal.id });
    } catch (e) {
      this.error = toErrorInfo(e);
    }
    await this.load();
  }
}
