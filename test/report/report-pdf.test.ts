/**
 * The PDF report of the demo project, made by the CLI as a consultant would, in English and
 * Chinese. Its figures are compared with the analyses run independently through the CLI on
 * a copy of the project; its pages are rasterised into test-results/report/ (look at them).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFile } from '@shared/api.js';
import type { AttributionAnalysis } from '../../src-main/analysis/attribution.js';
import type { LtvAnalysisResult, SegmentsAnalysis } from '../../src-main/analysis/results.js';
import { defaultLtvDates } from '@shared/analyses/ltv.js';
import { buildDemo } from '../helpers/demo.js';
import { runJson, tempDir } from '../helpers/cli.js';

const SHOTS = join(process.cwd(), 'test-results', 'report');
const en2 = (x: number): string => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const en0 = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 0 });

function text(pdf: string): string {
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

/** LTV dates the report should choose: the wizard's default split of the first-to-last order span (its rule is tested in src-shared). */
function expectedLtvDates(project: string): { calibrationEnd: string; holdoutEnd: string } {
  const db = new Database(project, { readonly: true });
  const { first, last } = db.prepare('SELECT substr(min(date), 1, 10) AS first, substr(max(date), 1, 10) AS last FROM orders').get() as { first: string; last: string };
  db.close();
  const dates = defaultLtvDates(first, last);
  return { calibrationEnd: dates.calibrationEnd, holdoutEnd: dates.holdoutEnd! };
}

let dir: string;
let enPdf: string;
let zhPdf: string;
let enResult: ReportFile;
let attribution: AttributionAnalysis;
let segments: SegmentsAnalysis;
let ltv: LtvAnalysisResult;

beforeAll(() => {
  const { project } = buildDemo();
  dir = tempDir('roi-report-pdf-');
  const reference = join(dir, 'reference.roi');
  copyFileSync(project, reference);
  const dates = expectedLtvDates(project);
  attribution = runJson<AttributionAnalysis>(['attribution', '--project', reference]);
  segments = runJson<SegmentsAnalysis>(['segments', '--project', reference]);
  ltv = runJson<LtvAnalysisResult>(['ltv', '--project', reference, '--calibration-end', dates.calibrationEnd, '--holdout-end', dates.holdoutEnd]);
  runJson(['goal', 'add', '--project', project, '--type', 'revenue', '--target', '5000000', '--from', '2025-07-01', '--to', '2025-12-31', '--budget', '800000']);
  enPdf = join(dir, 'report-en.pdf');
  zhPdf = join(dir, 'report-zh.pdf');
  enResult = runJson<ReportFile>(['report', '--project', project, '--out', enPdf, '--lang', 'en']);
  runJson(['report', '--project', project, '--out', zhPdf, '--lang', 'zh-CN']);
});

describe('PDF report (demo project)', () => {
  it('holds every section, nothing skipped, and the figures of the analyses', () => {
    expect(enResult).toMatchObject({ fileName: 'report-en.pdf', skipped: [] });
    expect(enResult.bytes).toBe(statSync(enPdf).size);
    const t = text(enPdf);
    for (const title of ['Executive summary', 'Recommendations', 'Key figures', 'Goal progress', 'Channel ROI and attribution', 'Customer segments', 'Customer lifetime value', 'Appendix: data quality', 'Methods and assumptions', 'References']) {
      expect(t).toContain(title);
    }
    expect(t).toContain(`${en0(attribution.journeys)} customer journeys with ${en0(attribution.conversions)} conversions worth ¥${en0(attribution.value)}`);
    const lines = t.split('\n');
    for (const row of attribution.models.markov!) {
      const line = lines.find((l) => l.includes(en2(row.conversions)) && l.trimStart().startsWith(row.channel));
      expect(line, row.channel).toBeDefined();
      expect(line).toContain(` ${en2(row.roas!)} `);
      expect(line).toContain(`¥${en0(row.value)}`);
    }
    const champions = segments.rfm.segments.find((s) => s.segment === 'champions')!;
    expect(lines.some((l) => l.includes('Champions') && l.includes(en0(champions.customers)) && l.includes(`¥${en0(champions.revenue)}`))).toBe(true);
    expect(t).toContain(`High-value customers at risk (${en0(ltv.highValueAtRiskCount)})`);
    expect(lines.find((l) => l.includes('Mean absolute error per customer'))).toContain(en2(ltv.holdout!.mae));
    expect(lines.find((l) => l.includes('Correlation, predicted vs actual'))).toContain(en2(ltv.holdout!.correlation));
    expect(t).toContain(`¥${en0(ltv.totals.clv)} in gross margin`);
    expect(t).toMatch(/Page 2 of \d+/);
    expect(t).not.toMatch(/NaN|Infinity|undefined|\[object/);
  });

  it('recommends a budget shift with the advice figures, and names customers at risk', () => {
    const t = text(enPdf).replace(/\s+/g, ' ');
    expect(t).toContain(`Move about ¥${en0(attribution.advice!.moved)}`);
    expect(t).toContain(`adds about ¥${en0(attribution.advice!.expectedValueChange)} in attributed revenue`);
    expect(t).toContain(`${en0(ltv.highValueAtRiskCount)} high-value customers are probably lapsing`);
    expect(t).toContain('Goal "Revenue"');
  });

  it('reads in Chinese with Chinese channel names and the same figures', () => {
    const t = text(zhPdf);
    for (const title of ['执行摘要', '建议', '目标进度', '渠道 ROI 与归因', '客户分群', '客户终身价值', '附录：数据质量', '方法与假设']) expect(t).toContain(title);
    expect(t).toContain('抖音');
    expect(t).toContain('小红书');
    expect(t).toMatch(/第 2 页，共 \d+ 页/);
    const wechat = attribution.models.markov!.find((r) => r.channel === 'WeChat')!;
    expect(t.split('\n').find((l) => l.trimStart().startsWith('微信') && l.includes(en2(wechat.conversions)))).toContain(en2(wechat.roas!));
  });

  it('embeds every font, CJK included', () => {
    for (const pdf of [enPdf, zhPdf]) {
      const r = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
      const fonts = r.stdout.split('\n').slice(2).filter((l) => l.trim());
      expect(fonts.length).toBeGreaterThan(0);
      // columns: name type encoding emb sub uni object ID — "emb" is the fourth from the end
      for (const f of fonts) expect(f.trim().split(/\s+/).slice(-5)[0], f).toBe('yes');
      expect(r.stdout).toMatch(/WenQuanYi|NotoSansCJK|Noto Sans CJK/);
    }
  });

  it('rasterises to A4 pages (written to test-results/report for a look)', () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const [pdf, prefix] of [
      [enPdf, 'en'],
      [zhPdf, 'zh'],
    ] as const) {
      for (const f of readdirSync(SHOTS).filter((n) => n.startsWith(`${prefix}-`))) rmSync(join(SHOTS, f));
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      expect(pages).toBeGreaterThanOrEqual(8);
      expect(pages).toBeLessThanOrEqual(24);
      const r = spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(SHOTS, prefix)]);
      expect(r.status).toBe(0);
      const pngs = readdirSync(SHOTS).filter((n) => n.startsWith(`${prefix}-`) && n.endsWith('.png'));
      expect(pngs).toHaveLength(pages);
      for (const png of pngs) expect(statSync(join(SHOTS, png)).size).toBeGreaterThan(5_000);
    }
  });

  it('keeps only the asked-for sections', () => {
    const pdf = join(dir, 'part.pdf');
    const r = runJson<ReportFile>(['report', '--project', join(dir, 'reference.roi'), '--out', pdf, '--sections', 'goals,channels', '--lang', 'en']);
    expect(r.skipped).toEqual([{ section: 'goals', reason: expect.stringMatching(/no goals/) }]);
    const t = text(pdf);
    expect(t).toContain('Channel ROI and attribution');
    expect(t).not.toContain('Customer lifetime value');
    expect(t).not.toContain('Executive summary');
  });
});
