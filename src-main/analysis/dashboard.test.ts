import { beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../store/project.js';
import { buildSmallProjects } from '../../test/report/small-project.js';
import { buildDashboard, defaultPeriod } from './dashboard.js';
import { saveAnalysis } from '../store/analyses.js';

let project: string;
beforeAll(() => {
  project = buildSmallProjects().full;
});

describe('default dashboard period', () => {
  it('is the last calendar month the data covers, else its last 30 days', () => {
    expect(defaultPeriod({ from: '2025-01-03', to: '2025-03-15' })).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(defaultPeriod({ from: '2025-01-01', to: '2025-12-31' })).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(defaultPeriod({ from: '2025-02-10', to: '2025-03-15' })).toEqual({ from: '2025-02-14', to: '2025-03-15' });
    expect(defaultPeriod({ from: '2025-03-10', to: '2025-03-15' })).toEqual({ from: '2025-03-10', to: '2025-03-15' });
    expect(defaultPeriod(null, '2026-05-31')).toEqual({ from: '2026-05-02', to: '2026-05-31' });
  });
});

describe('dashboard of the small project (hand-computed)', () => {
  it('shows February against January, monthly trends, no attribution yet', () => {
    const db = openProject(project);
    try {
      const d = buildDashboard(db);
      expect(d.period).toEqual({ from: '2025-02-01', to: '2025-02-28' });
      expect(d.previous).toEqual({ from: '2025-01-01', to: '2025-01-31' });
      const kpi = Object.fromEntries(d.kpis.map((k) => [k.key, k]));
      expect(kpi.spend).toEqual({ key: 'spend', value: 300, previous: 150, change: 1 });
      expect(kpi.revenue.value).toBe(450);
      expect(kpi.revenue.change).toBeCloseTo(220 / 230, 12);
      expect(kpi.newCustomers).toEqual({ key: 'newCustomers', value: 2, previous: 2, change: 0 });
      expect(kpi.repeatRate).toEqual({ key: 'repeatRate', value: 0.25, previous: 0.5, change: -0.5 });
      expect(kpi.cac).toEqual({ key: 'cac', value: 150, previous: 75, change: 1 });
      expect(kpi.roas.value).toBeCloseTo(1.5, 12);
      expect(kpi.roas.change).toBeCloseTo((1.5 - 230 / 150) / (230 / 150), 12);
      expect(d.trends).toEqual({ months: ['2025-01', '2025-02', '2025-03'], spend: [150, 300, 300], revenue: [230, 450, 30], newCustomers: [2, 2, 0] });
      expect(d.channelRoi).toBeNull();
      expect(d.goals).toEqual([]);
      expect(JSON.stringify(d)).not.toMatch(/NaN|Infinity/);
    } finally {
      db.close();
    }
  });

  it('takes a chosen period and compares it with as many days before', () => {
    const db = openProject(project);
    try {
      const d = buildDashboard(db, { from: '2025-02-01', to: '2025-02-14' });
      expect(d.previous).toEqual({ from: '2025-01-18', to: '2025-01-31' });
      const kpi = Object.fromEntries(d.kpis.map((k) => [k.key, k]));
      // Feb 1–14: spend 200 (Feb 3); revenue 200 + 20 + 60 + 40; new C. Jan 18–31: spend 50, revenue 80, nobody new.
      expect(kpi.spend).toMatchObject({ value: 200, previous: 50 });
      expect(kpi.revenue).toMatchObject({ value: 320, previous: 80, change: 3 });
      expect(kpi.newCustomers).toMatchObject({ value: 1, previous: 0, change: null });
      expect(kpi.cac).toMatchObject({ value: 200, previous: null, change: null });
      expect(() => buildDashboard(db, { from: '2025-03-01', to: '2025-02-01' })).toThrow(/invalidInput/);
    } finally {
      db.close();
    }
  });

  it('reads channel ROI from the latest attribution, by its advice model', () => {
    const db = openProject(project);
    try {
      const row = (channel: string, value: number, spend: number) => ({ channel, conversions: 1, value, spend, cpa: spend, roas: value / spend, roi: (value - spend) / spend });
      saveAnalysis(db, 'attribution', { adviceModel: 'linear' }, { models: { linear: [row('Douyin', 300, 150)], markov: [row('Douyin', 1, 1)] }, advice: { model: 'linear' } });
      const d = buildDashboard(db);
      expect(d.channelRoi).toMatchObject({ model: 'linear', rows: [{ channel: 'Douyin', spend: 150, value: 300, roas: 2, roi: 1 }] });
      expect(d.analyses).toEqual([expect.objectContaining({ kind: 'attribution' })]);
    } finally {
      db.close();
    }
  });
});
