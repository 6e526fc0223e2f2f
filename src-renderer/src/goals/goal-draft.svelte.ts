/**
 * The goal being written in the wizard: its fields as typed, the period presets, and the
 * baseline and current value of the chosen measure for that period — read from the
 * dashboard (the previous period of equal length is exactly the goals' baseline rule),
 * so the user sees where they stand before typing a target.
 */
import type { Dashboard, Kpi } from '@shared/dashboard.js';
import type { Goal, GoalInput, GoalType } from '@shared/goals.js';
import type { Host } from '../lib/host.js';
import { GOAL_KPI, fromInputValue, goalDirection, goalUnit, toInputValue } from './measures.js';
import { isIsoDate, nextQuarter, quarterOf, yearOf } from '@shared/periods.js';
import type { Period } from '@shared/periods.js';

export const PERIOD_PRESETS = ['quarter', 'next-quarter', 'year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** Relative steps offered as one-click targets (a cut for CAC, a rise for the others). */
export const TARGET_STEPS = [0.05, 0.1, 0.2] as const;

export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, anchor: string): Period {
  switch (preset) {
    case 'quarter':
      return quarterOf(anchor);
    case 'next-quarter':
      return nextQuarter(anchor);
    case 'year':
      return yearOf(anchor);
  }
}

export type DraftProblem = 'target' | 'period' | 'budget' | 'share';

export class GoalDraft {
  readonly id: number | undefined;
  type = $state<GoalType>('revenue');
  preset = $state<PeriodPreset>('quarter');
  from = $state('');
  to = $state('');
  /** As typed: percent for shares and ROI. */
  target = $state<number | null>(null);
  budget = $state<number | null>(null);
  note = $state('');
  /** The dashboard KPIs for the draft's period (null until read). */
  kpis = $state.raw<Kpi[] | null>(null);
  loading = $state(false);
  private request = 0;

  constructor(
    private readonly host: Host,
    private readonly project: string,
    /** The last day with data: presets are placed around it (today when the project is empty). */
    private readonly anchor: string,
    goal?: Goal,
  ) {
    this.id = goal?.id;
    if (goal) {
      this.type = goal.type;
      this.preset = 'custom';
      this.from = goal.periodStart;
      this.to = goal.periodEnd;
      this.target = toInputValue(goalUnit(goal.type), goal.target);
      this.budget = goal.budget;
      this.note = goal.note;
    } else {
      this.choosePreset('quarter');
    }
  }

  choosePreset(preset: PeriodPreset): void {
    this.preset = preset;
    if (preset === 'custom') return;
    const period = presetPeriod(preset, this.anchor);
    this.from = period.from;
    this.to = period.to;
  }

  get periodValid(): boolean {
    return isIsoDate(this.from) && isIsoDate(this.to) && this.from <= this.to;
  }

  /** The chosen measure for this period and the one before (the baseline). */
  get reference(): Kpi | null {
    return this.kpis?.find((k) => k.key === GOAL_KPI[this.type]) ?? null;
  }

  /** A target `step` better than the baseline, in typed units (null without a baseline). */
  suggestedTarget(step: number): number | null {
    const baseline = this.reference?.previous;
    if (baseline === null || baseline === undefined) return null;
    const factor = goalDirection(this.type) === 'lower' ? 1 - step : 1 + step;
    const typed = toInputValue(goalUnit(this.type), baseline * factor);
    const unit = goalUnit(this.type);
    const digits = unit === 'count' ? 0 : 2;
    return Math.round(typed * 10 ** digits) / 10 ** digits;
  }

  /** Reads the KPIs of the draft's period; the latest request wins. */
  async loadReference(): Promise<void> {
    if (!this.periodValid) return;
    const request = ++this.request;
    this.loading = true;
    try {
      const dashboard: Dashboard = await this.host.api['dashboard.get']({ project: this.project, from: this.from, to: this.to });
      if (request === this.request) this.kpis = dashboard.kpis;
    } catch {
      // Without the reference the goal can still be written; the card shows the baseline once saved.
      if (request === this.request) this.kpis = null;
    } finally {
      if (request === this.request) this.loading = false;
    }
  }

  problems(): DraftProblem[] {
    const problems: DraftProblem[] = [];
    if (this.target === null || !Number.isFinite(this.target)) problems.push('target');
    else if (goalUnit(this.type) === 'percent' && this.type === 'repeat-rate' && (this.target < 0 || this.target > 100)) problems.push('share');
    if (!this.periodValid) problems.push('period');
    if (this.budget !== null && (!Number.isFinite(this.budget) || this.budget < 0)) problems.push('budget');
    return problems;
  }

  toInput(): GoalInput {
    return {
      id: this.id,
      type: this.type,
      target: fromInputValue(goalUnit(this.type), this.target ?? 0),
      periodStart: this.from,
      periodEnd: this.to,
      budget: this.budget,
      note: this.note.trim(),
    };
  }
}
