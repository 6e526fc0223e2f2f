/** The marketing-mix model's settings (kept as the user typed them; the schema checks the ranges). */
import { MMM_DEFAULTS } from '@shared/analyses/mmm.js';
import type { MmmKpi, MmmParamsInput } from '@shared/analyses/index.js';
import type { MmmColumnRole } from '@shared/mmm-columns.js';

export interface LiftTestRow {
  channel: string;
  from: string;
  to: string;
  incrementalRevenue: number;
  low: number;
  high: number;
}

export class MmmForm {
  kpi = $state<MmmKpi>(MMM_DEFAULTS.kpi);
  from = $state('');
  to = $state('');
  seed = $state<number>(MMM_DEFAULTS.seed);
  /** Weekly budget; null: the recent weekly spend. */
  budget = $state<number | null>(null);
  lower = $state<number>(MMM_DEFAULTS.bounds.lower);
  upper = $state<number>(MMM_DEFAULTS.bounds.upper);
  locked = $state<string[]>([]);
  /** A weekly sheet's columns the user re-labelled (header → role). */
  columns = $state<Record<string, MmmColumnRole>>({});
  planWeeks = $state<number>(MMM_DEFAULTS.planWeeks);
  /** Experiments the model must respect: channel, period, measured incremental revenue and its 90 % interval. */
  liftTests = $state<LiftTestRow[]>([]);

  load(params: Record<string, unknown>): void {
    const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
    this.kpi = params.kpi === 'orders' ? 'orders' : 'revenue';
    this.from = typeof params.from === 'string' ? params.from : '';
    this.to = typeof params.to === 'string' ? params.to : '';
    this.seed = num(params.seed, MMM_DEFAULTS.seed);
    this.budget = typeof params.budget === 'number' ? params.budget : null;
    const bounds = (params.bounds ?? {}) as { lower?: unknown; upper?: unknown };
    this.lower = num(bounds.lower, MMM_DEFAULTS.bounds.lower);
    this.upper = num(bounds.upper, MMM_DEFAULTS.bounds.upper);
    this.locked = Array.isArray(params.locked) ? params.locked.filter((x): x is string => typeof x === 'string') : [];
    this.columns = params.columns && typeof params.columns === 'object' ? { ...(params.columns as Record<string, MmmColumnRole>) } : {};
    this.planWeeks = num(params.planWeeks, MMM_DEFAULTS.planWeeks);
    this.liftTests = Array.isArray(params.liftTests) ? (params.liftTests as LiftTestRow[]).map((t) => ({ ...t })) : [];
  }

  addLiftTest(channel: string): void {
    this.liftTests = [...this.liftTests, { channel, from: '', to: '', incrementalRevenue: 0, low: 0, high: 0 }];
  }

  removeLiftTest(index: number): void {
    this.liftTests = this.liftTests.filter((_, i) => i !== index);
  }

  toggleLock(channel: string): void {
    this.locked = this.locked.includes(channel) ? this.locked.filter((c) => c !== channel) : [...this.locked, channel];
  }

  toParams(): MmmParamsInput {
    return {
      kpi: this.kpi,
      ...(this.from ? { from: this.from } : {}),
      ...(this.to ? { to: this.to } : {}),
      seed: this.seed,
      ...(this.budget !== null && this.budget > 0 ? { budget: this.budget } : {}),
      bounds: { lower: this.lower, upper: this.upper },
      locked: this.locked,
      columns: this.columns,
      planWeeks: this.planWeeks,
      liftTests: this.liftTests.filter((t) => t.channel && t.from && t.to).map((t) => ({ ...t })),
    };
  }
}
