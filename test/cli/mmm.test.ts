/**
 * The marketing-mix model through the CLI as a user runs it (issue 12): Robyn's own demo
 * sheet imported as a wide weekly sheet and modelled; the JSON shape; the same
 * bytes for the same data and seed; the optimiser's bounds, locks and budget; weekly
 * revenue and order counts from spend + orders summed into ISO weeks (checked against
 * sums taken here); and every kind of bad input refused with the file, row and column.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import type { CliResult } from '../helpers/cli.js';

const ROBYN = readFileSync('test/fixtures/mmm-robyn/dt_simulated_weekly.csv', 'utf8').trim().split('\n');
const HEADER = ROBYN[0];
const ROWS = ROBYN.slice(1);
const COLUMNS = HEADER.split(',').map((h) => h.replace(/"/g, ''));
const dir = tempDir('roi-mmm-');

interface MmmJson {
  weeks: number;
  channels: { channel: string; spend: number; contribution: number; roas: number; roasLow: number; roasHigh: number; mroas: number; decay: number; halfSaturation: number; verdict: string }[];
  fit: { r2: number; mape: number; mapeHoldout: number; nrmse: number };
  stability: number;
  gate: { verdict: string; reasons: { code: string; text: string; channel?: string }[] };
  optimiser: { budget: number; allocation: Record<string, number>; expectedRevenue: number; expectedRevenueLow: number; expectedRevenueHigh: number; uplift: number };
  decomposition: { week: string; actual: number; fitted: number; baseline: number; channels: Record<string, number> }[];
}

let n = 0;
/** A fresh project holding `csv` imported as a weekly sheet. */
function sheetProject(csv: string, name = 'sheet.csv'): string {
  const sub = join(dir, `p${++n}`);
  mkdirSync(sub);
  const file = join(sub, name);
  writeFileSync(file, csv);
  const project = join(sub, 'p.roi');
  const r = runCli(['import', file, '--project', project, '--as', 'weekly']);
  if (r.code !== 0) throw new Error(r.stderr);
  return project;
}

const robynProject = sheetProject(`${HEADER}\n${ROWS.join('\n')}\n`, 'dt_simulated_weekly.csv');
/**
 * The plain fit of the sheet (`mmm --project … --json`, no option), run once in this file
 * and read by every test that starts from it (each fit is seconds of CPU); the test of
 * same bytes for the same seed still compares it with a run of its own.
 */
let plainRun: CliResult | undefined;
function plainFit(): CliResult {
  plainRun ??= runCli(['mmm', '--project', robynProject, '--json']);
  if (plainRun.code !== 0) throw new Error(`roi-studio mmm failed (${plainRun.code}): ${plainRun.stderr}`);
  return plainRun;
}
const plainJson = (): MmmJson => JSON.parse(plainFit().stdout) as MmmJson;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** A channel's mean weekly spend over the sheet's last 13 weeks: the optimiser's "now". */
const recentSpend = (column: string) => mean(ROWS.slice(-13).map((r) => Number(r.split(',')[COLUMNS.indexOf(column)])));

describe('marketing-mix model on Robyn’s demo sheet', () => {
  it('recognises the sheet, models its spend columns and prints the issue’s JSON shape', () => {
    const { dataset: detected } = runJson<{ dataset: { kind: string; mapping: Record<string, string> } }>(['import', join(dir, 'p1', 'dt_simulated_weekly.csv'), '--project', join(dir, 'detect.roi')]);
    expect(detected.kind).toBe('weekly');
    expect(detected.mapping).toEqual({ date: 'DATE', kpi: 'revenue' });
    const r = plainJson();
    expect(Object.keys(r)).toEqual(['weeks', 'channels', 'fit', 'stability', 'gate', 'optimiser', 'decomposition']);
    expect(r.weeks).toBe(208);
    // Named as the importer names channels in spend files (facebook → Meta), so they meet attribution's.
    expect(r.channels.map((c) => c.channel)).toEqual(['TV', 'OOH', 'Print', 'Search', 'Meta']);
    expect(Object.keys(r.channels[0])).toEqual(['channel', 'spend', 'contribution', 'roas', 'roasLow', 'roasHigh', 'mroas', 'decay', 'halfSaturation', 'verdict']);
    expect(Object.keys(r.fit)).toEqual(['r2', 'mape', 'mapeHoldout', 'nrmse']);
    expect(Object.keys(r.optimiser)).toEqual(['budget', 'allocation', 'expectedRevenue', 'expectedRevenueLow', 'expectedRevenueHigh', 'uplift']);
    // Spend is the sheet's column total; the decomposition's actual is its revenue column.
    const tvTotal = ROWS.reduce((s, row) => s + Number(row.split(',')[COLUMNS.indexOf('tv_S')]), 0);
    expect(r.channels[0].spend).toBeCloseTo(tvTotal, 1);
    expect(r.decomposition[0]).toMatchObject({ week: '2015-11-23', actual: 2754371.67 });
    for (const c of r.channels) expect(c.roasLow).toBeLessThanOrEqual(c.roas + 1e-9);
    expect(['enoughEvidence', 'directionalOnly']).toContain(r.gate.verdict);
    expect(r.fit.r2).toBeGreaterThan(0.8);
  });

  it('gives the same bytes for the same data and seed, and a different run for another seed', () => {
    const a = plainFit();
    const b = runCli(['mmm', '--project', robynProject, '--json']);
    const c = runCli(['mmm', '--project', robynProject, '--json', '--seed', '2']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('keeps locked channels at their recent spend, each channel within its bounds, and never spends past the budget', () => {
    const r = runJson<MmmJson>(['mmm', '--project', robynProject, '--lock', 'TV', '--bounds', '0.5,2', '--budget', '30000']);
    expect(r.optimiser.budget).toBe(30000);
    expect(r.optimiser.allocation.TV).toBeCloseTo(recentSpend('tv_S'), 1);
    for (const [channel, column] of [['OOH', 'ooh_S'], ['Print', 'print_S'], ['Search', 'search_S'], ['Meta', 'facebook_S']]) {
      expect(r.optimiser.allocation[channel]).toBeGreaterThanOrEqual(0.5 * recentSpend(column) - 0.01);
      expect(r.optimiser.allocation[channel]).toBeLessThanOrEqual(2 * recentSpend(column) + 0.01);
    }
    expect(Object.values(r.optimiser.allocation).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30000 + 0.05);
    // Bounds of 1,1 leave nothing to move: the split is the recent spend.
    const fixed = runJson<MmmJson>(['mmm', '--project', robynProject, '--bounds', '1,1']);
    expect(fixed.optimiser.allocation.Search).toBeCloseTo(recentSpend('search_S'), 1);
    expect(fixed.optimiser.uplift).toBeCloseTo(0, 1);
  });

  it('answers the budget a weekly goal needs, and how far spend can go at a target ROAS', () => {
    type Mode = { reachable: boolean; budget: number; expectedRevenue: number; allocation: Record<string, number> };
    const base = plainJson();
    const goal = Math.round(base.optimiser.expectedRevenue * 0.97);
    const modes = (args: string[]) => runJson<{ optimiser: { forGoal: Mode; atTargetRoas: Mode } }>(['mmm', '--project', robynProject, ...args]).optimiser;
    const asked = modes(['--goal-revenue', String(goal), '--target-roas', '2']);
    // The goal is met, with no more spend than the split that brings slightly more.
    expect(asked.forGoal.reachable).toBe(true);
    expect(asked.forGoal.expectedRevenue).toBeGreaterThanOrEqual(goal - 1);
    expect(asked.forGoal.budget).toBeLessThanOrEqual(base.optimiser.budget + 0.05);
    // The ROAS target holds, and a stricter target allows no more spend.
    expect(asked.atTargetRoas.expectedRevenue / asked.atTargetRoas.budget).toBeGreaterThanOrEqual(2 - 1e-6);
    const stricter = modes(['--target-roas', '3']).atTargetRoas;
    expect(stricter.budget).toBeLessThanOrEqual(asked.atTargetRoas.budget + 0.01);
    // Out of reach within the bounds: said so, no split invented.
    const far = modes(['--goal-revenue', String(Math.round(base.optimiser.expectedRevenue * 10))]).forGoal;
    expect(Object.keys(far).sort()).toEqual(['goal', 'reachable']);
    expect(far.reachable).toBe(false);
  });

  it('respects a lift test by its interval, and says how far it moved the answer', () => {
    const plain = plainJson();
    const week = (i: number) => ROWS[i].split(',')[0];
    const period = plain.decomposition.slice(100, 112).reduce((s, w) => s + w.channels.TV, 0);
    const measured = Math.round(2 * period);
    const test = `TV,${week(100)},${week(111)},${measured},${Math.round(measured * 0.9)},${Math.round(measured * 1.1)}`;
    const r = runJson<MmmJson & { calibration: { channel: string; roasWithout: number; roasWith: number; periodContributionWithout: number; periodContributionWith: number; measured: number }[] }>(['mmm', '--project', robynProject, '--lift-test', test]);
    const c = r.calibration[0];
    expect(c.channel).toBe('TV');
    expect(c.roasWithout).toBeCloseTo(plain.channels[0].roas, 3);
    expect(c.periodContributionWithout).toBeCloseTo(period, 0);
    expect(Math.abs(c.periodContributionWith - measured)).toBeLessThan(Math.abs(c.periodContributionWithout - measured));
    expect(c.roasWith).toBeGreaterThan(c.roasWithout);
    expect(r.channels[0].roas).toBeCloseTo(c.roasWith, 3);
    const text = runCli(['mmm', '--project', robynProject, '--lift-test', test]).stdout;
    expect(text).toMatch(/TV: ROAS [\d.]+ → [\d.]+ with its lift test/);
    const outside = runCli(['mmm', '--project', robynProject, '--lift-test', 'TV,2030-01-01,2030-02-01,100,50,150']);
    expect(outside.stderr).toMatch(/The lift test of TV \(2030-01-01 – 2030-02-01\) lies outside the modelled weeks \(2015-11-23 – 2019-11-17\)/);
  });

  it('says the verdict and the channel table in words, in Chinese too', () => {
    const zh = runCli(['mmm', '--project', robynProject, '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/仅供参考方向|证据充分/);
    expect(zh.stdout).toMatch(/渠道\s+花费\s+贡献收入/);
    // Carry-over as the Models step shows it (60%), not as a bare ratio (0.60); JSON keeps the ratio.
    const tv = zh.stdout.split('\n').find((line) => line.startsWith('电视'))!;
    expect(tv).toMatch(new RegExp(`\\s${Math.round(plainJson().channels[0].decay * 100)}%\\s`));
    // The user's word on a column wins over its name: tv_S left out, newsletter taken as a channel's spend (named as spend files name it: Email).
    const relabelled = runJson<MmmJson>(['mmm', '--project', robynProject, '--column', 'tv_S=ignore', '--column', 'newsletter=spend']);
    expect(relabelled.channels.map((c) => c.channel)).toEqual(['OOH', 'Print', 'Search', 'Meta', 'Email']);
    const bad = runCli(['mmm', '--project', robynProject, '--lock', 'radio']);
    expect(bad.stderr).toMatch(/No channel “radio” among the modelled ones \(TV, OOH, Print, Search, Meta\)/);
  });
});

/** Robyn's first `weeks` rows with cells changed: `edit(cells, i)` may rewrite a row's cells. */
function sheet(weeks: number, edit: (cells: string[], i: number) => string[] | null = (c) => c): string {
  const lines = [HEADER];
  ROWS.slice(0, weeks).forEach((row, i) => {
    const cells = edit(row.split(','), i);
    if (cells) lines.push(cells.join(','));
  });
  return `${lines.join('\n')}\n`;
}
const col = (name: string) => COLUMNS.indexOf(name);
function refused(csv: string, message: RegExp, name = 'bad.csv'): void {
  const project = sheetProject(csv, name);
  const r = runCli(['mmm', '--project', project]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(message);
}

describe('marketing-mix bad input: a clear message naming file, row and column', () => {
  it('fewer than 26 weeks', () => refused(sheet(20), /short\.csv: 20 whole weeks from 2015-11-23 to 2016-04-04\. .*at least 26 weeks/, 'short.csv'));
  it('a missing week', () => refused(sheet(40, (c, i) => (i === 10 ? null : c)), /gap\.csv: nothing for 2016-02-01 between row 11 \(2016-01-25\) and row 12 \(2016-02-08\)/, 'gap.csv'));
  it('a duplicate week', () => refused(sheet(40, (c, i) => (i === 10 ? [ROWS[9].split(',')[0], ...c.slice(1)] : c)), /dup\.csv: rows 11 and 12 are both dated 2016-01-25/, 'dup.csv'));
  it('negative spend', () => refused(sheet(40, (c, i) => (i === 5 ? c.map((v, j) => (j === col('tv_S') ? '-120' : v)) : c)), /neg\.csv, row 7, column tv_S: spend is negative \(-120\)/, 'neg.csv'));
  it('text in a spend column', () => refused(sheet(40, (c, i) => (i === 7 ? c.map((v, j) => (j === col('ooh_S') ? 'paused' : v)) : c)), /text\.csv, row 9, column ooh_S: “paused” is not an amount/, 'text.csv'));
  it('a KPI that is zero every week', () => refused(sheet(40, (c) => c.map((v, j) => (j === 1 ? '0' : v))), /zero\.csv: the KPI “revenue” is zero in every week/, 'zero.csv'));
  it('daily and weekly rows mixed', () => {
    const days = ['2016-08-23', '2016-08-24', '2016-08-25'].map((d) => [d, ...ROWS[0].split(',').slice(1)].join(','));
    refused(`${sheet(40).trimEnd()}\n${days.join('\n')}\n`, /mixed\.csv: rows mix days and weeks \(row 42, 2016-08-23, is 1 days after/, 'mixed.csv');
  });

  it('a total row at the bottom is left out at import, named, and the model runs on the weeks', () => {
    const total = ['合计', ...COLUMNS.slice(1).map(() => '1000')].join(',');
    const file = join(dir, 'total.csv');
    writeFileSync(file, `${sheet(40).trimEnd()}\n${total}\n`);
    const project = join(dir, 'total.roi');
    const imported = runCli(['import', file, '--project', project, '--as', 'weekly']);
    expect(imported.stdout).toMatch(/Rejected\s+1/);
    expect(runJson<MmmJson>(['mmm', '--project', project]).weeks).toBe(40);
  });

  it('a channel that never spends is left out with a note; one that always spends the same is named by the gate', () => {
    const csv = sheet(60, (c) => c.map((v, j) => (j === col('print_S') ? '0' : j === col('search_S') ? '5000' : v)));
    const project = sheetProject(csv, 'flat.csv');
    const r = runJson<MmmJson>(['mmm', '--project', project]);
    expect(r.channels.map((c) => c.channel)).not.toContain('Print');
    expect(r.gate.reasons.find((x) => x.code === 'flatSpend')).toMatchObject({ channel: 'Search' });
    expect(r.gate.verdict).not.toBe('enoughEvidence');
    const text = runCli(['mmm', '--project', project]);
    expect(text.stdout).toMatch(/Print spends nothing in these weeks: left out/);
    expect(text.stdout).toMatch(/Search spends almost the same every week/);
    // In Chinese, both channels by their Chinese names (Search is 搜索 too), set tight against the Chinese around them.
    const zh = runCli(['mmm', '--project', project, '--lang', 'zh-CN']).stdout;
    expect(zh).toContain('· 平面媒体在这些周没有任何花费：不纳入模型');
    expect(zh).toMatch(/ {2}- 搜索每周花费几乎相同（波动 [\d.]+%）/);
    expect(zh).not.toMatch(/Search|Print/);
  });
});

/** Long-format spend and orders over the same days, with known weekly sums. */
describe('marketing-mix from spend + orders', () => {
  const start = Date.parse('2024-01-03T00:00:00Z'); // a Wednesday: the first part week is left out
  const days = 7 * 40;
  const spendLines = ['date,channel,spend'];
  const orderLines = ['order_id,customer_id,date,revenue'];
  let order = 0;
  for (let d = 0; d < days; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    const douyin = 100 + 80 * Math.sin(d / 9) + (d % 5) * 7;
    const wechat = 60 + 50 * Math.cos(d / 13);
    spendLines.push(`${day},Douyin,${douyin.toFixed(2)}`, `${day},WeChat,${wechat.toFixed(2)}`);
    const orders = 3 + (d % 4);
    for (let k = 0; k < orders; k++) orderLines.push(`o${++order},c${order % 97},${day},${(50 + ((d * 7 + k * 13) % 40) + douyin * 0.2).toFixed(2)}`);
  }
  const spendFile = join(dir, 'spend.csv');
  const ordersFile = join(dir, 'orders.csv');
  writeFileSync(spendFile, `${spendLines.join('\n')}\n`);
  writeFileSync(ordersFile, `${orderLines.join('\n')}\n`);
  const project = join(dir, 'long.roi');
  runJson(['import', spendFile, '--project', project, '--as', 'spend']);
  runJson(['import', ordersFile, '--project', project, '--as', 'orders']);

  /** Sums per ISO week (Monday key) taken here, independently of SQLite. */
  function weekly(lines: string[], value: (cells: string[]) => number): Map<string, number> {
    const out = new Map<string, number>();
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      const day = cells.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c))!;
      const t = Date.parse(`${day}T00:00:00Z`);
      const monday = new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
      out.set(monday, (out.get(monday) ?? 0) + value(cells));
    }
    return out;
  }

  it('sums revenue into whole ISO weeks, leaving the part weeks at the ends out', () => {
    const r = runJson<MmmJson>(['mmm', '--project', project]);
    const revenue = weekly(orderLines, (c) => Number(c[3]));
    expect(r.weeks).toBe(39);
    expect(r.decomposition[0].week).toBe('2024-01-08');
    for (const w of r.decomposition) expect(w.actual).toBeCloseTo(revenue.get(w.week)!, 1);
    const douyin = [...weekly(spendLines.filter((l, i) => i === 0 || l.includes('Douyin')), (c) => Number(c[2]))].filter(([w]) => r.decomposition.some((x) => x.week === w));
    expect(r.channels.find((c) => c.channel === 'Douyin')!.spend).toBeCloseTo(douyin.reduce((s, [, v]) => s + v, 0), 1);
  });

  it('counts orders per week with --kpi orders, and keeps to --from/--to', () => {
    const r = runJson<MmmJson>(['mmm', '--project', project, '--kpi', 'orders', '--from', '2024-02-01', '--to', '2024-09-30']);
    const counts = weekly(orderLines, () => 1);
    expect(r.decomposition[0].week).toBe('2024-02-05');
    expect(r.decomposition[r.decomposition.length - 1].week).toBe('2024-09-23');
    for (const w of r.decomposition) expect(w.actual).toBe(counts.get(w.week));
  });

  it('names Meridian’s revenue prior in the report’s method only when the run used it (not for orders counted)', () => {
    const methodText = (kpi: string) => {
      expect(runCli(['mmm', '--project', project, '--kpi', kpi]).code).toBe(0);
      const pdf = join(dir, `method-${kpi}.pdf`);
      expect(runCli(['report', '--project', project, '--out', pdf, '--sections', 'mmm']).code).toBe(0);
      return spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    };
    expect(methodText('orders')).not.toMatch(/Meridian/);
    expect(methodText('revenue')).toMatch(/Meridian’s published default ROI prior/);
  }, 60_000);

  it('refuses spend and orders that share no whole week', () => {
    const p = join(dir, 'apart.roi');
    writeFileSync(join(dir, 'late-orders.csv'), 'order_id,customer_id,date,revenue\nx1,c1,2026-03-02,10\nx2,c2,2026-06-02,12\n');
    runJson(['import', spendFile, '--project', p, '--as', 'spend']);
    runJson(['import', join(dir, 'late-orders.csv'), '--project', p, '--as', 'orders']);
    const r = runCli(['mmm', '--project', p]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Spend covers 2024-01-03 … 2024-10-08, but revenue covers 2026-03-02 … 2026-06-02: they share no whole week/);
  });

  it('names a negative spend row', () => {
    const p = join(dir, 'negative.roi');
    writeFileSync(join(dir, 'neg-spend.csv'), `${spendLines.slice(0, 30).join('\n')}\n2024-01-20,Baidu,-50\n`);
    runJson(['import', join(dir, 'neg-spend.csv'), '--project', p, '--as', 'spend']);
    runJson(['import', ordersFile, '--project', p, '--as', 'orders']);
    expect(runCli(['mmm', '--project', p]).stderr).toMatch(/neg-spend\.csv, row 31, column Baidu: spend is negative \(-50\)/);
  });
});
