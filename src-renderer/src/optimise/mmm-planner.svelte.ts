/**
 * The Optimise step's marketing-mix side: the saved model (latest fitted run), the best
 * split for the budget, bounds and locks the user sets, and the what-if planner's spend per
 * channel with its live prediction. Both come from `mmm.plan` on the saved model (no
 * refit); a later answer replaces an earlier one only if it was asked later.
 */
import type { ErrorInfo } from '@shared/errors.js';
import type { Goal } from '@shared/goals.js';
import type { MmmOptimiser, MmmScenario, MmmWhatIf } from '@shared/mmm-plan.js';
import { toErrorInfo } from '../lib/api-error.js';
import type { Host } from '../lib/host.js';
import type { MmmFitted } from '../analyses/mmm/mmm-types.js';


export class MmmPlanner {
  saved = $state.raw<MmmFitted | null>(null);
  savedAt = $state<string | null>(null);
  split = $state.raw<MmmOptimiser | null>(null);
  whatIf = $state.raw<MmmWhatIf | null>(null);
  /** Weekly spend per channel on the sliders. */
  spend = $state<number[]>([]);
  budget = $state<number | null>(null);
  /** What the split answers: a budget to spend best, a weekly revenue goal to reach, or a ROAS to keep. */
  mode = $state<'budget' | 'goal' | 'roas'>('budget');
  goalRevenue = $state<number | null>(null);
  /** A revenue goal of the Goal step the goal mode plans for (null: the amount typed). */
  goalId = $state<number | null>(null);
  revenueGoals = $state.raw<Goal[]>([]);
  targetRoas = $state<number | null>(null);
  lower = $state(0.7);
  upper = $state(1.3);
  locked = $state<string[]>([]);
  /** Saved in the project (store/mmm-scenarios.ts), oldest first. */
  scenarios = $state.raw<MmmScenario[]>([]);
  error = $state.raw<ErrorInfo | null>(null);
  loaded = $state(false);
  private asked = 0;

  constructor(
    private readonly host: Host,
    private readonly project: string,
  ) {}

  get weeks(): number {
    return this.saved?.params.planWeeks ?? 13;
  }

  async load(): Promise<void> {
    try {
      const latest = await this.host.api['analysis.latest']({ project: this.project, kind: 'mmm' });
      const result = latest?.result as MmmFitted | null | undefined;
      if (result && result.status === 'fitted') {
        this.saved = result;
        this.savedAt = latest!.createdAt;
        this.split = result.optimiser;
        this.budget = result.params.budget ?? null;
        this.lower = result.params.bounds.lower;
        this.upper = result.params.bounds.upper;
        this.locked = [...result.params.locked];
        this.spend = [...result.optimiser.allocation];
        const [goals, scenarios] = await Promise.all([this.host.api['goal.list']({ project: this.project }), this.host.api['mmm.scenarios']({ project: this.project })]);
        this.revenueGoals = goals.filter((g) => g.type === 'revenue');
        this.scenarios = scenarios;
        await this.predict();
      }
    } catch (e) {
      this.error = toErrorInfo(e);
    } finally {
      this.loaded = true;
    }
  }

  /** The best split for the budget, bounds and locks now set; the sliders follow it. */
  async recalculate(): Promise<void> {
    const seq = ++this.asked;
    try {
      const answer = await this.host.api['mmm.plan']({
        project: this.project,
        weeks: this.weeks,
        split: { ...this.question(), lower: this.lower, upper: this.upper, locked: this.locked },
      });
      if (seq !== this.asked) return;
      this.split = answer.split;
      this.spend = [...answer.whatIf.spend];
      this.whatIf = answer.whatIf;
    } catch (e) {
      this.error = toErrorInfo(e);
    }
  }

  private question(): { budget?: number; goalRevenue?: number; goalId?: number; targetRoas?: number } {
    if (this.mode === 'goal' && this.goalId !== null) return { goalId: this.goalId };
    if (this.mode === 'goal' && this.goalRevenue) return { goalRevenue: this.goalRevenue };
    if (this.mode === 'roas' && this.targetRoas) return { targetRoas: this.targetRoas };
    return this.budget ? { budget: this.budget } : {};
  }

  /** The prediction at the sliders' spend. */
  async predict(): Promise<void> {
    const seq = ++this.asked;
    try {
      const answer = await this.host.api['mmm.plan']({ project: this.project, weeks: this.weeks, spend: $state.snapshot(this.spend) });
      if (seq === this.asked) this.whatIf = answer.whatIf;
    } catch (e) {
      this.error = toErrorInfo(e);
    }
  }

  setSpend(channel: number, value: number): void {
    this.spend[channel] = value;
    void this.predict();
  }

  useSpend(spend: readonly number[]): void {
    this.spend = [...spend];
    void this.predict();
  }

  toggleLock(channel: string): void {
    this.locked = this.locked.includes(channel) ? this.locked.filter((c) => c !== channel) : [...this.locked, channel];
  }

  /** Keeps the sliders' spend in the project; the goal the current split serves goes with it. */
  async saveScenario(name: string): Promise<void> {
    try {
      const goalId = this.split?.servesGoal?.goalId;
      const saved = await this.host.api['mmm.saveScenario']({ project: this.project, name, weeks: this.weeks, spend: $state.snapshot(this.spend), ...(goalId ? { goalId } : {}) });
      this.scenarios = [...this.scenarios, saved];
    } catch (e) {
      this.error = toErrorInfo(e);
    }
  }

  async removeScenario(id: number): Promise<void> {
    try {
      await this.host.api['mmm.deleteScenario']({ project: this.project, id });
      this.scenarios = this.scenarios.filter((s) => s.id !== id);
    } catch (e) {
      this.error = toErrorInfo(e);
    }
  }

  /** Back onto the sliders, by channel name (a refitted model may order or name channels differently; a channel the scenario lacks keeps its spend). */
  openScenario(scenario: MmmScenario): void {
    const names = this.saved?.channels.map((c) => c.channel) ?? [];
    this.useSpend(names.map((name, c) => {
      const i = scenario.channels.indexOf(name);
      return i >= 0 ? scenario.spend[i] : (this.spend[c] ?? 0);
    }));
  }

  goalLabel(id: number | undefined, format: (g: Goal) => string): string {
    const goal = id === undefined ? undefined : this.revenueGoals.find((g) => g.id === id);
    return goal ? format(goal) : '';
  }
}
