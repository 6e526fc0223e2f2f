/**
 * The marketing-mix planner through the services as the UI calls them (issue 12, items 5
 * and 6): what-ifs and budget splits on the saved model answer within 100 ms, agree with
 * the run's own plan, equalise marginal ROAS across unconstrained channels, never fund a
 * channel below break-even (the unplaced money is returned), and the plan exports as CSV
 * and XLSX. Needs the built workers (`npm test` builds first).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { JobEvent } from '@shared/api.js';
import { importFile } from '../import/pipeline.js';
import { testServices } from '../../test/helpers/services.js';
import type { MmmAnalysis } from '../analysis/mmm.js';
import { inflectionSpend } from '../model/optimise/response-curve.js';

const { dir, services, call } = testServices('roi-mmm-plan-');
const project = `${dir}/p.roi`;
type Fitted = Extract<MmmAnalysis, { status: 'fitted' }>;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

async function fitted(): Promise<Fitted> {
  await importFile({ project, file: 'test/fixtures/mmm-robyn/dt_simulated_weekly.csv', kind: 'weekly' });
  const events: JobEvent[] = [];
  const off = services.onJobEvent((e) => events.push(e));
  const { jobId } = await call('analysis.run', { project, kind: 'mmm', params: {} });
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => events.some((e) => e.jobId === jobId && e.type !== 'progress') && (clearInterval(timer), resolve()), 50);
  });
  off();
  // The fit reported its phases as it went.
  expect(events.filter((e) => e.jobId === jobId && e.type === 'progress').map((e) => (e as { progress: { phase: string } }).progress.phase)).toEqual(expect.arrayContaining(['loading', 'fitting', 'optimising']));
  return (await call('analysis.latest', { project, kind: 'mmm' }))!.result as unknown as Fitted;
}

describe('the marketing-mix planner', () => {
  let saved: Fitted;
  let weeks = 0;
  beforeAll(async () => {
    saved = await fitted();
    weeks = saved.params.planWeeks;
  }, 90_000);

  it('agrees with the run’s own plan at the recent and at the best split', async () => {
    const now = await call('mmm.plan', { project, weeks, spend: saved.optimiser.current });
    expect(now.whatIf.revenue).toBeCloseTo(sum(saved.planCurrent.map((w) => w.revenue)), 4);
    expect(now.whatIf.uplift).toBeCloseTo(0, 6);
    const best = await call('mmm.plan', { project, weeks, spend: saved.optimiser.allocation });
    expect(best.whatIf.revenue).toBeCloseTo(sum(saved.plan.map((w) => w.revenue)), 4);
    expect(best.whatIf.revenueInterval.low).toBeLessThanOrEqual(best.whatIf.revenue);
    expect(best.whatIf.revenueInterval.high).toBeGreaterThanOrEqual(best.whatIf.revenue);
  });


  it('equalises marginal ROAS across channels inside their bounds, and keeps locked ones where they are', async () => {
    const { split } = await call('mmm.plan', { project, weeks, split: { lower: 0.2, upper: 3, locked: ['TV'] } });
    const s = split!;
    expect(s.allocation[0]).toBeCloseTo(s.current[0], 6);
    // An S-shaped channel held at its inflection (the floor of its concave branch: funding it
    // less jumps into the convex part) is at a bound too, not free to equalise.
    const atInflection = (c: number) => Math.abs(s.allocation[c] - inflectionSpend(saved.pointDraw.curves[c])) <= 1e-6 * s.allocation[c];
    const inside = s.allocation.map((a, c) => c).filter((c) => !s.locked[c] && !atInflection(c) && s.allocation[c] > s.lower[c] * 1.001 && s.allocation[c] < s.upper[c] * 0.999);
    expect(inside.length).toBeGreaterThanOrEqual(2);
    const m = inside.map((c) => s.marginalRoas[c]);
    expect(Math.max(...m) / Math.min(...m)).toBeLessThan(1.01);
    expect(sum(s.allocation)).toBeLessThanOrEqual(s.budget * (1 + 1e-9));
  });

  it('plans for a revenue goal with the least spend, for a ROAS to keep with the most, and says when a goal is out of reach', async () => {
    const bounds = { lower: 0.5, upper: 2, locked: [] };
    const base = (await call('mmm.plan', { project, weeks, split: bounds })).split!;
    const goal = base.expectedRevenue * 0.9;
    const forGoal = (await call('mmm.plan', { project, weeks, split: { ...bounds, goalRevenue: goal } })).split!;
    expect(forGoal.goalUnreachable).toBeUndefined();
    expect(forGoal.expectedRevenue).toBeGreaterThanOrEqual(goal - 1e-6);
    expect(forGoal.budget).toBeLessThan(base.budget);
    const roas = (await call('mmm.plan', { project, weeks, split: { ...bounds, targetRoas: 1.5 } })).split!;
    expect(roas.expectedRevenue / roas.budget).toBeGreaterThanOrEqual(1.5 - 1e-9);
    const far = (await call('mmm.plan', { project, weeks, split: { ...bounds, goalRevenue: base.expectedRevenue * 100 } })).split!;
    expect(far.goalUnreachable).toBe(true);
    // The most the bounds allow: every unlocked channel at its upper bound, or held back where it earns less than it costs.
    for (const [c, spend] of far.allocation.entries()) expect(spend).toBeLessThanOrEqual(far.upper[c] + 1e-6);
  });

  it('plans for a revenue goal of the Goal step: its weekly revenue less the baseline is what the channels must bring', async () => {
    const bounds = { lower: 0.5, upper: 2, locked: [] };
    const base = (await call('mmm.plan', { project, weeks, split: bounds })).split!;
    const last = saved.weeks[saved.weeks.length - 1];
    // A quarter (91 days = 13 weeks) asking for the baseline plus 90 % of what the best split brings now.
    const baselineNow = (await call('mmm.plan', { project, weeks, spend: saved.optimiser.current.map(() => 0) })).whatIf;
    const start = new Date(Date.parse(`${last}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.parse(`${start}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
    // First a goal the baseline alone meets: nothing is asked of the channels.
    const small = await call('goal.save', { project, goal: { type: 'revenue', target: 1, periodStart: start, periodEnd: end } });
    const first = (await call('mmm.plan', { project, weeks, split: { ...bounds, goalId: small.id } })).split!.servesGoal!;
    expect(first.weeklyMedia).toBe(0);
    // The baseline is the model's own: what revenue would be with no spend, less the carry-over of past spend.
    expect(first.weeklyBaseline).toBeGreaterThan(0);
    expect(first.weeklyBaseline).toBeLessThanOrEqual(baselineNow.revenue / weeks + 1e-6);
    // Then the same goal raised to the baseline plus 90 % of what the best split brings now.
    const target = 13 * (first.weeklyBaseline + 0.9 * base.expectedRevenue);
    const goal = await call('goal.save', { project, goal: { id: small.id, type: 'revenue', target, periodStart: start, periodEnd: end } });
    const { split } = await call('mmm.plan', { project, weeks, split: { ...bounds, goalId: goal.id } });
    const link = split!.servesGoal!;
    expect(link).toMatchObject({ goalId: goal.id, target, periodStart: start, periodEnd: end });
    expect(link.weeklyRevenue).toBeCloseTo(target / 13, 6);
    expect(link.weeklyMedia).toBeCloseTo(0.9 * base.expectedRevenue, 4);
    // Reached with the least spend: the channels bring what the goal asks of them, for less than the best split of the current budget.
    expect(split!.goalUnreachable).toBeUndefined();
    expect(split!.expectedRevenue).toBeGreaterThanOrEqual(link.weeklyMedia - 1e-6);
    expect(split!.budget).toBeLessThan(base.budget);
    const other = await call('goal.save', { project, goal: { type: 'roas', target: 3, periodStart: start, periodEnd: end } });
    const refused = await services.call('mmm.plan', { project, weeks, split: { ...bounds, goalId: other.id } });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('error.mmmGoalNotRevenue');
  });

  it('never funds a channel below break-even to use up a budget: the rest is unplaced', async () => {
    const budget = 20 * sum(saved.optimiser.current);
    const { split } = await call('mmm.plan', { project, weeks, split: { budget, lower: 0, upper: 10, locked: [] } });
    expect(split!.unplaced).toBeGreaterThan(0);
    expect(sum(split!.allocation) + split!.unplaced).toBeCloseTo(budget, 4);
    split!.allocation.forEach((a, c) => {
      if (a > 1e-6 && a < split!.upper[c] * 0.999) expect(split!.marginalRoas[c]).toBeGreaterThanOrEqual(1 - 1e-6);
    });
  });

  it('keeps what-if scenarios in the project: saved with the model’s prediction, listed, reopened by channel, deleted', async () => {
    expect(await call('mmm.scenarios', { project })).toEqual([]);
    const half = saved.optimiser.current.map((v) => v / 2);
    const first = await call('mmm.saveScenario', { project, name: 'Half budget', weeks, spend: half });
    const second = await call('mmm.saveScenario', { project, name: '  Best split ', weeks, spend: saved.optimiser.allocation, goalId: 3 });
    // The numbers are the model’s own prediction for that spend, not the caller’s.
    const predicted = await call('mmm.plan', { project, weeks, spend: half });
    expect(first.revenue).toBeCloseTo(predicted.whatIf.revenue, 6);
    expect(first.revenueInterval).toEqual(predicted.whatIf.revenueInterval);
    expect(first.channels).toEqual(saved.channels.map((c) => c.channel));
    expect(second).toMatchObject({ name: 'Best split', goalId: 3 });
    expect(second.id).toBeGreaterThan(first.id);
    // Another session (a new services instance on the same file) sees them.
    const again = testServices('roi-mmm-plan-reopen-');
    const listed = await again.call('mmm.scenarios', { project });
    expect(listed.map((x) => x.name)).toEqual(['Half budget', 'Best split']);
    expect(listed[0].spend).toEqual(half);
    expect(await call('mmm.deleteScenario', { project, id: first.id })).toEqual({ deleted: true });
    expect(await call('mmm.deleteScenario', { project, id: first.id })).toEqual({ deleted: false });
    const third = await call('mmm.saveScenario', { project, name: 'Third', weeks, spend: half });
    // Ids are never reused: a deleted scenario cannot come back under another’s name.
    expect(third.id).toBeGreaterThan(second.id);
    expect((await call('mmm.scenarios', { project })).map((x) => x.id)).toEqual([second.id, third.id]);
    const bad = await services.call('mmm.saveScenario', { project, name: 'x', weeks, spend: [1] });
    expect(bad.ok).toBe(false);
  });

  it('exports the plan as CSV (weeks) and XLSX (weekly and monthly sheets)', async () => {
    const spend = saved.optimiser.allocation;
    const csv = await call('mmm.exportPlan', { project, weeks: 8, spend, format: 'csv', lang: 'en' });
    const lines = readFileSync(csv.file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(`Week,Month,${saved.channels.map((c) => c.channel).join(',')},Total,Predicted revenue,Low (5 %),High (95 %)`);
    expect(lines).toHaveLength(9);
    expect(Number(lines[1].split(',')[2])).toBeCloseTo(spend[0], 2);
    const xlsx = await call('mmm.exportPlan', { project, weeks: 8, spend, format: 'xlsx', lang: 'zh-CN' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['每周', '每月']);
    expect(book.worksheets[0].rowCount).toBe(9);
    const monthlySpend = sum(book.worksheets[1].getColumn(2).values.slice(2).map(Number));
    expect(monthlySpend).toBeCloseTo(8 * spend[0], 1);
  });

  it('names the revenue goal a plan was made for in the CSV, the XLSX and the report, and refuses a goal that is not there', async () => {
    const goal = await call('goal.save', { project, goal: { type: 'revenue', target: 2_600_000, periodStart: '2026-01-01', periodEnd: '2026-03-31', note: 'Spring push' } });
    const { split } = await call('mmm.plan', { project, weeks: 8, split: { lower: 0.7, upper: 1.3, locked: [], goalId: goal.id } });
    const link = split!.servesGoal!;
    const csv = await call('mmm.exportPlan', { project, weeks: 8, spend: split!.allocation, format: 'csv', lang: 'en', goalId: goal.id });
    const lines = readFileSync(csv.file, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(0, 7)).toEqual([
      'Planned for the goal,Revenue — Spring push',
      'Goal target,2600000',
      'Goal period,2026-01-01 – 2026-03-31',
      `Revenue the goal needs a week,${Math.round(link.weeklyRevenue * 100) / 100}`,
      `Of which the baseline brings,${Math.round(link.weeklyBaseline * 100) / 100}`,
      `Of which the channels must bring,${Math.round(link.weeklyMedia * 100) / 100}`,
      '',
    ]);
    expect(lines[7]).toMatch(/^Week,Month,/);
    expect(lines.filter((l) => /^\d{4}-\d{2}-\d{2},/.test(l))).toHaveLength(8);
    const xlsx = await call('mmm.exportPlan', { project, weeks: 8, spend: split!.allocation, format: 'xlsx', lang: 'zh-CN', goalId: goal.id });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.file);
    expect(book.worksheets.map((w) => w.name)).toEqual(['目标', '每周', '每月']);
    const cells = book.worksheets[0].getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(cells.slice(0, 3)).toEqual([
      ['本计划服务的目标', '销售额 — Spring push'],
      ['目标值', 2_600_000],
      ['目标周期', '2026-01-01 – 2026-03-31'],
    ]);
    // Without a goal the file is the plan alone; with one that does not exist, an error and no file.
    const plain = await call('mmm.exportPlan', { project, weeks: 8, spend: split!.allocation, format: 'csv', lang: 'en' });
    expect(readFileSync(plain.file, 'utf8').replace(/^\uFEFF/, '')).toMatch(/^Week,Month,/);
    const missing = await services.call('mmm.exportPlan', { project, weeks: 8, spend: split!.allocation, format: 'csv', lang: 'en', goalId: 999 });
    expect(missing.ok).toBe(false);

    // The report's marketing-mix section lists the kept plans with the goal each serves.
    await call('mmm.saveScenario', { project, name: 'Spring plan', weeks: 8, spend: split!.allocation, goalId: goal.id });
    const row = (html: string) => html.match(/<tr>(?:(?!<\/tr>).)*Spring plan(?:(?!<\/tr>).)*<\/tr>/s)?.[0] ?? '';
    const en = (await call('report.preview', { project, lang: 'en', sections: ['mmm'] })).html;
    expect(en).toContain('Plans kept in the Optimise step, and the goal each serves');
    expect(row(en)).toContain('Revenue — Spring push: ¥2,600,000');
    expect(row(en)).toMatch(/Jan[^<]*2026[^<]*–[^<]*Mar[^<]*2026/);
    const zh = (await call('report.preview', { project, lang: 'zh-CN', sections: ['mmm'] })).html;
    expect(row(zh)).toContain('销售额 — Spring push：¥2,600,000，2026年1月1日 – 2026年3月31日');
  });

  it('says what to do when there is no model to plan with', async () => {
    const r = await services.call('mmm.plan', { project: `${dir}/empty.roi`, weeks: 4 });
    expect(r.ok).toBe(false);
  });
});
