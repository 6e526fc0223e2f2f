/**
 * Attribution on the demo project against the simulation's known truth: the chain the
 * journeys were drawn from, its exact removal effects, and the designed ROI ordering.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { buildDemo } from '../helpers/demo.js';

const { project, truth } = buildDemo();

interface RoiRow {
  channel: string;
  conversions: number;
  value: number;
  spend: number | null;
  cpa: number | null;
  roas: number | null;
  roi: number | null;
}
interface AttributionJson {
  journeys: number;
  conversions: number;
  value: number;
  models: Record<string, RoiRow[]>;
  markov: { conversionProbability: number; removalEffects: Record<string, number> };
  triangulation: { channel: string; flagged: boolean }[];
  advice: {
    totalSpend: number;
    unallocated: number;
    maxChangeShare: number;
    rows: { channel: string; currentSpend: number; recommendedSpend: number; change: number; roas: number | null; uncertain: boolean }[];
  };
}

const result = runJson<AttributionJson>(['attribution', '--project', project]);

describe('attribution on the demo project', () => {
  it('sees every journey and conversion the simulation drew', () => {
    expect(result.journeys).toBe(truth.counts.journeys);
    expect(result.conversions).toBe(truth.counts.convertingCustomers);
    expect(result.value).toBeCloseTo(truth.revenue.firstOrders, 0);
  });

  it('recovers the true chain: conversion probability and removal effects', () => {
    // 20k journeys: the binomial standard error of p ≈ 0.37 is ≈ 0.0034.
    expect(Math.abs(result.markov.conversionProbability - truth.markov.conversionProbability)).toBeLessThan(0.015);
    for (const c of truth.channels) {
      expect(Math.abs(result.markov.removalEffects[c.en] - c.removalEffect), c.en).toBeLessThan(0.04);
    }
  });

  it('ranks channels by Markov ROAS in the order the simulation designed', () => {
    const byRoas = [...result.models.markov].filter((r) => r.roas !== null).sort((a, b) => b.roas! - a.roas!).map((r) => r.channel);
    expect(byRoas).toEqual(truth.roiOrdering);
  });

  it('joins the spend of each channel exactly', () => {
    const db = new Database(project, { readonly: true });
    const spend = new Map((db.prepare('SELECT channel, sum(spend) AS s FROM spend GROUP BY channel').all() as { channel: string; s: number }[]).map((r) => [r.channel, r.s]));
    db.close();
    for (const row of result.models.markov) {
      expect(row.spend).toBeCloseTo(spend.get(row.channel)!, 6);
      expect(row.roi).toBeCloseTo((row.value - row.spend!) / row.spend!, 9);
      expect(row.cpa).toBeCloseTo(row.spend! / row.conversions, 9);
    }
  });

  it('flags the channels whose last-click credit misleads (Douyin under, Taobao over)', () => {
    const flagged = result.triangulation.filter((t) => t.flagged).map((t) => t.channel);
    expect(flagged).toEqual(expect.arrayContaining(['Douyin', 'Taobao']));
  });

  it('advises a shift within the ±30 % guardrails; what it does not place is counted as kept back', () => {
    const total = result.advice.rows.reduce((s, r) => s + r.recommendedSpend, 0);
    expect(total + result.advice.unallocated).toBeCloseTo(result.advice.totalSpend, 6);
    expect(result.advice.maxChangeShare).toBe(0.3);
    for (const r of result.advice.rows) {
      expect(r.recommendedSpend).toBeGreaterThanOrEqual(r.currentSpend * 0.7 - 1e-6);
      expect(r.recommendedSpend).toBeLessThanOrEqual(r.currentSpend * 1.3 + 1e-6);
    }
  });

  it('never adds money to a loss-making channel, even with wide bounds and the last-touch model (issue 14 finding 3)', () => {
    const wide = runJson<AttributionJson>(['attribution', '--project', project, '--models', 'last,markov', '--advice-model', 'last', '--max-change', '0.5']);
    expect(wide.advice.maxChangeShare).toBe(0.5);
    const losing = wide.advice.rows.filter((r) => r.roas !== null && r.roas <= 1);
    expect(losing.length).toBeGreaterThan(0);
    for (const r of losing) expect(r.change, r.channel).toBeLessThanOrEqual(0);
    const total = wide.advice.rows.reduce((s, r) => s + r.recommendedSpend, 0);
    expect(total + wide.advice.unallocated).toBeCloseTo(wide.advice.totalSpend, 6);
  });

  it('says time-decay is unavailable on a paths export instead of faking it', () => {
    const paths = runJson<{ source: string; models: Record<string, unknown>; unavailable: { model: string; code: string }[] }>([
      'attribution',
      '--project',
      project,
      '--source',
      'paths',
    ]);
    expect(paths.source).toBe('paths');
    expect(paths.models['time-decay']).toBeUndefined();
    expect(paths.unavailable).toEqual([expect.objectContaining({ model: 'time-decay', code: 'time-decay-needs-timestamps' })]);
  });

  it('runs a funnel over the touchpoint events', () => {
    const f = runJson<{ steps: { step: string; users: number; stepConversion: number | null }[] }>(['funnel', '--project', project, '--steps', '点击,转化']);
    expect(f.steps.map((s) => s.step)).toEqual(['点击', '转化']);
    expect(f.steps[1].users).toBeGreaterThan(0);
    expect(f.steps[1].users).toBeLessThanOrEqual(f.steps[0].users);
    expect(runCli(['funnel', '--project', project, '--steps', 'only-one']).code).toBe(1);
  });
});

describe('attribution on a messy paths export', () => {
  it('names the spreadsheet rows it left out, at import and in the analysis', () => {
    const dir = tempDir();
    const file = join(dir, 'paths.csv');
    writeFileSync(file, ['path,conversions,value,nulls', 'Douyin > WeChat,10,1000,5', ',3,30,0', 'WeChat,-2,0,1', 'Douyin; WeChat,4,40,0', 'Douyin,7,700,20'].join('\n'));
    const project = join(dir, 'p.roi');
    const imported = runJson<{ dataset: { rowsRejected: number; issues: { row: number; column: string }[] } }>(['import', file, '--project', project, '--as', 'paths']);
    // An empty path is a missing required value: the import keeps it aside.
    expect(imported.dataset.issues).toEqual([expect.objectContaining({ row: 3, column: 'path' })]);
    const r = runJson<{ journeys: number; conversions: number; diagnostics: { pathProblems: { row: number; reason: string; rejected: boolean }[] } }>(['attribution', '--project', project]);
    const byRow = Object.fromEntries(r.diagnostics.pathProblems.map((p) => [p.row, p]));
    expect(byRow[4]).toMatchObject({ reason: 'negative-conversions', rejected: true });
    expect(byRow[5]).toMatchObject({ reason: 'unknown-separator', rejected: true });
    expect(r.conversions).toBe(17);
    const text = runCli(['attribution', '--project', project]);
    // The reason in words, as the Models step says it, not its code.
    expect(text.stdout).toMatch(/row 4: conversions is negative \(left out\)/);
  });
});
