import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { goalInputSchema } from '@shared/goals.js';
import type { GoalInput } from '@shared/goals.js';
import { openProject } from '../store/project.js';
import { buildSmallProjects } from '../../test/report/small-project.js';
import { deleteGoal, goalProgress, listGoals, measurePeriod, saveGoal } from './goals.js';
import { previousPeriod } from '@shared/periods.js';

const JAN = { from: '2025-01-01', to: '2025-01-31' };
const FEB = { from: '2025-02-01', to: '2025-02-28' };
const MAR = { from: '2025-03-01', to: '2025-03-31' };

let projects: { full: string; ordersOnly: string };
beforeAll(() => {
  projects = buildSmallProjects();
});

function withDb<T>(file: string, fn: (db: Database) => T): T {
  const db = openProject(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const goal = (input: GoalInput) => goalInputSchema.parse(input);

describe('previousPeriod', () => {
  it('compares whole months with as many months before, other periods with as many days', () => {
    expect(previousPeriod(FEB)).toEqual(JAN);
    expect(previousPeriod(JAN)).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(previousPeriod({ from: '2025-07-01', to: '2025-12-31' })).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(previousPeriod({ from: '2025-03-01', to: '2025-03-31' })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    // 14 days → the 14 days before
    expect(previousPeriod({ from: '2025-02-01', to: '2025-02-14' })).toEqual({ from: '2025-01-18', to: '2025-01-31' });
    expect(previousPeriod({ from: '2024-03-01', to: '2024-03-01' })).toEqual({ from: '2024-02-29', to: '2024-02-29' });
  });
});

describe('goalProgress', () => {
  it('runs from baseline to target, capped, lower-is-better for CAC', () => {
    expect(goalProgress('revenue', 600, 230, 450)).toBeCloseTo(220 / 370, 12);
    expect(goalProgress('revenue', 600, 230, 700)).toBe(1);
    expect(goalProgress('revenue', 600, 230, 100)).toBe(0);
    expect(goalProgress('cac', 50, 100, 80)).toBeCloseTo(0.4, 12);
    expect(goalProgress('cac', 50, 100, 40)).toBe(1);
    // baseline already better than the target, current not: no way measured
    expect(goalProgress('cac', 100, 75, 150)).toBe(0);
    expect(goalProgress('new-customers', 5, null, 4)).toBeCloseTo(0.8, 12);
    expect(goalProgress('cac', 50, null, 80)).toBeNull();
    expect(goalProgress('roas', 2, 1, null)).toBeNull();
  });
});

describe('period measures (hand-computed, see test/report/small-project.ts)', () => {
  it('January, February, March', () => {
    withDb(projects.full, (db) => {
      const jan = measurePeriod(db, JAN);
      expect(jan).toMatchObject({ spend: 150, revenue: 230, newCustomers: 2, repeatRate: 0.5, cac: 75 });
      expect(jan.roas).toBeCloseTo(230 / 150, 12);
      expect(jan.roi).toBeCloseTo(80 / 150, 12);
      const feb = measurePeriod(db, FEB);
      expect(feb).toMatchObject({ spend: 300, revenue: 450, newCustomers: 2, repeatRate: 0.25, cac: 150 });
      expect(feb.roas).toBeCloseTo(1.5, 12);
      expect(feb.roi).toBeCloseTo(0.5, 12);
      const mar = measurePeriod(db, MAR);
      expect(mar).toMatchObject({ spend: 300, revenue: 30, newCustomers: 0, repeatRate: 0, cac: null });
      expect(mar.roi).toBeCloseTo(-0.9, 12);
    });
  });

  it('gives null, never NaN, where data or a denominator is missing', () => {
    withDb(projects.full, (db) => {
      const before = measurePeriod(db, { from: '2024-11-01', to: '2024-12-31' });
      expect(before).toEqual({ spend: null, revenue: null, roi: null, roas: null, cac: null, newCustomers: null, repeatRate: null, positiveShare: null, netSentiment: null });
    });
    withDb(projects.ordersOnly, (db) => {
      const feb = measurePeriod(db, FEB);
      expect(feb).toMatchObject({ spend: null, revenue: 450, roas: null, roi: null, cac: null, newCustomers: 2 });
    });
  });
});

describe('goals', () => {
  it('saves, measures, lists, replaces and deletes goals', () => {
    withDb(projects.full, (db) => {
      const revenue = saveGoal(db, goal({ type: 'revenue', target: 600, periodStart: FEB.from, periodEnd: FEB.to, budget: 300 }));
      expect(revenue).toMatchObject({ type: 'revenue', baseline: 230, current: 450, budget: 300, note: '', suggestedAnalyses: ['attribution', 'ltv', 'mmm'], missingData: [] });
      expect(revenue.progress).toBeCloseTo(220 / 370, 12);
      const fresh = saveGoal(db, goal({ type: 'new-customers', target: 5, periodStart: JAN.from, periodEnd: FEB.to, note: 'spring' }));
      // Nov–Dec 2024 has no data: measured from zero
      expect(fresh).toMatchObject({ baseline: null, current: 4, progress: 0.8, note: 'spring', suggestedAnalyses: ['funnel', 'attribution'] });
      const cac = saveGoal(db, goal({ type: 'cac', target: 100, periodStart: FEB.from, periodEnd: FEB.to }));
      expect(cac).toMatchObject({ baseline: 75, current: 150, progress: 0, suggestedAnalyses: ['attribution', 'funnel'] });
      const future = saveGoal(db, goal({ type: 'roas', target: 2, periodStart: '2026-01-01', periodEnd: '2026-01-31' }));
      expect(future).toMatchObject({ current: null, progress: null });

      const replaced = saveGoal(db, goal({ id: cac.id, type: 'repeat-rate', target: 0.5, periodStart: FEB.from, periodEnd: FEB.to }));
      expect(replaced).toMatchObject({ id: cac.id, baseline: 0.5, current: 0.25, progress: 0, suggestedAnalyses: ['segments', 'ltv'] });
      expect(listGoals(db).map((g) => g.type)).toEqual(['revenue', 'new-customers', 'repeat-rate', 'roas']);
      expect(deleteGoal(db, future.id)).toBe(true);
      expect(deleteGoal(db, future.id)).toBe(false);
      expect(() => saveGoal(db, goal({ id: 999, type: 'revenue', target: 1, periodStart: FEB.from, periodEnd: FEB.to }))).toThrow(/goalNotFound/);
    });
  });

  it('names the data a goal needs and the project lacks', () => {
    withDb(projects.ordersOnly, (db) => {
      const roi = saveGoal(db, goal({ type: 'roi', target: 1, periodStart: FEB.from, periodEnd: FEB.to }));
      expect(roi).toMatchObject({ missingData: ['spend'], current: null, progress: null });
      expect(saveGoal(db, goal({ type: 'revenue', target: 1, periodStart: FEB.from, periodEnd: FEB.to })).missingData).toEqual([]);
    });
  });
});
