/**
 * Brand goals (issue 15): net sentiment or the share of positive reviews over a period,
 * measured from the latest sentiment run, tracked beside the other goals and KPIs, with
 * the sentiment analysis as their suggested analysis. Figures checked against the review
 * file the same run writes (--out: one line per review with its date and label).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Goal } from '@shared/goals.js';
import type { Dashboard } from '@shared/dashboard.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { buildDemo } from '../helpers/demo.js';
import { testServices } from '../helpers/services.js';

const { project } = buildDemo();
const dir = tempDir('roi-brand-');
const PERIOD = { from: '2025-10-01', to: '2025-12-31' };
const PREVIOUS = { from: '2025-07-01', to: '2025-09-30' };

describe('a brand goal', () => {
  const before = runJson<Goal>(['goal', 'add', '--project', project, '--type', 'positive-share', '--target', '0.85', '--from', PERIOD.from, '--to', PERIOD.to]);

  it('is suggested the sentiment analysis and has no figure before a sentiment run', () => {
    expect(before.suggestedAnalyses).toEqual(['sentiment']);
    expect(before.current).toBeNull();
    expect(before.missingData).toEqual([]);
  });

  it('refuses a target outside its range', () => {
    const r = runCli(['goal', 'add', '--project', project, '--type', 'net-sentiment', '--target', '1.5', '--from', PERIOD.from, '--to', PERIOD.to]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('A target of 1.5 is out of range for a “Net sentiment of reviews (brand)” goal');
    const zh = runCli(['goal', 'add', '--project', project, '--type', 'net-sentiment', '--target', '1.5', '--from', PERIOD.from, '--to', PERIOD.to, '--lang', 'zh-CN']);
    expect(zh.stderr).toMatch(/目标值 1\.5 超出「.+」目标的取值范围/);
    // A negative target is a value, not a flag (net sentiment runs from −1): read, then judged.
    const negative = runCli(['goal', 'add', '--project', project, '--type', 'net-sentiment', '--target', '-1.5', '--from', PERIOD.from, '--to', PERIOD.to]);
    expect(negative.stderr).toContain('A target of -1.5 is out of range');
  });

  it('is measured from the latest sentiment run, with its baseline from the period before', async () => {
    const out = join(dir, 'reviews.csv');
    expect(runCli(['sentiment', '--project', project, '--out', out]).code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const shares = (p: { from: string; to: string }) => {
      const inPeriod = rows.filter((r) => r.date.slice(0, 10) >= p.from && r.date.slice(0, 10) <= p.to && r.label !== '');
      const positive = inPeriod.filter((r) => r.label === 'positive').length / inPeriod.length;
      const negative = inPeriod.filter((r) => r.label === 'negative').length / inPeriod.length;
      return { positive, net: positive - negative };
    };
    runCli(['goal', 'add', '--project', project, '--type', 'net-sentiment', '--target', '0.7', '--from', PERIOD.from, '--to', PERIOD.to]);
    const { goals } = runJson<{ goals: Goal[] }>(['goal', 'list', '--project', project]);
    const positive = goals.find((g) => g.type === 'positive-share')!;
    const net = goals.find((g) => g.type === 'net-sentiment')!;
    expect(positive.current).toBeCloseTo(shares(PERIOD).positive, 9);
    expect(positive.baseline).toBeCloseTo(shares(PREVIOUS).positive, 9);
    expect(net.current).toBeCloseTo(shares(PERIOD).net, 9);
    expect(net.progress).toBeGreaterThan(0);

    // The dashboard tracks the goal and shows the review figures of the period.
    const { call } = testServices('roi-brand-services-');
    const board = (await call('dashboard.get', { project, ...PERIOD })) as Dashboard;
    const kpi = Object.fromEntries(board.kpis.map((k) => [k.key, k]));
    expect(kpi.positiveShare.value).toBeCloseTo(shares(PERIOD).positive, 9);
    expect(kpi.netSentiment.previous).toBeCloseTo(shares(PREVIOUS).net, 9);
    expect(board.goals.map((g) => g.type)).toEqual(expect.arrayContaining(['positive-share', 'net-sentiment']));
  });
});
