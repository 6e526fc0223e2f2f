/**
 * The Excel report, reopened with exceljs: sheets, frozen header rows, filters, number
 * formats, chart images, figures equal to the analyses' JSON; a project whose channel,
 * campaign, customer ids and file names look like formulas yields no formula cell; and
 * the API path (services → job → export.read) gives the same file.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobEvent, ReportFile } from '@shared/api.js';
import { translate } from '@shared/i18n/index.js';
import type { AttributionAnalysis } from '../../src-main/analysis/attribution.js';
import type { BasketAnalysis, SentimentAnalysis } from '../../src-main/analysis/results.js';
import { createServices } from '../../src-main/services/index.js';
import { userPaths } from '../../src-main/services/path-policy.js';
import type { Services } from '../../src-main/services/index.js';
import { previewReport } from '../../src-main/report/build.js';
import { buildDemo } from '../helpers/demo.js';
import { runJson, tempDir } from '../helpers/cli.js';

const EVIL_CHANNEL = '=HYPERLINK("http://evil.example","x")';

let dir: string;
let demo: string;
let evil: string;
let attribution: AttributionAnalysis;
let basket: BasketAnalysis;
let sentiment: Omit<SentimentAnalysis, 'items'>;
let funnel: { steps: { step: string; users: number }[] };
let cohorts: { cohorts: { cohort: string; customers: number; retention: (number | null)[]; revenue: (number | null)[] }[] };
let mmm: { channels: { channel: string; roas: number; roasLow: number; roasHigh: number }[]; optimiser: { allocation: Record<string, number> }; gate: { verdict: string } };
let book: ExcelJS.Workbook;
let evilBook: ExcelJS.Workbook;
let services: Services;

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Text that looks like formulas, written into the project as if it had been imported. */
function poison(project: string): void {
  const db = new Database(project);
  db.exec(`
    UPDATE spend SET channel = '${EVIL_CHANNEL.replace(/'/g, "''")}', campaign = '@SUM(1)' WHERE channel = 'Email';
    UPDATE touchpoints SET channel = '${EVIL_CHANNEL.replace(/'/g, "''")}' WHERE channel = 'Email';
    UPDATE datasets SET file_name = '=cmd|'' /C calc''!A0.csv' WHERE kind = 'spend';
  `);
  // Every customer id gets one of the dangerous first characters, consistently across tables.
  const prefix = `CASE CAST(substr(customer_id, 2, 5) AS INTEGER) % 5 WHEN 0 THEN '@SUM(1)' WHEN 1 THEN '+1' WHEN 2 THEN '-2' WHEN 3 THEN '|calc' ELSE '=1+' END || customer_id`;
  for (const table of ['orders', 'touchpoints', 'customers']) db.exec(`UPDATE ${table} SET customer_id = ${prefix}`);
  db.close();
}

beforeAll(async () => {
  demo = buildDemo().project;
  dir = tempDir('roi-report-xlsx-');
  evil = join(dir, 'evil.roi');
  copyFileSync(demo, evil);
  poison(evil);
  const reference = join(dir, 'reference.roi');
  copyFileSync(demo, reference);
  attribution = runJson<AttributionAnalysis>(['attribution', '--project', reference]);
  basket = runJson<BasketAnalysis>(['basket', '--project', reference]);
  sentiment = runJson<Omit<SentimentAnalysis, 'items'>>(['sentiment', '--project', reference]);
  mmm = runJson(['mmm', '--project', reference]);
  // The steps a report picks by itself on the demo's events (no funnel run saved).
  funnel = runJson(['funnel', '--project', reference, '--steps', '曝光,点击,转化']);
  cohorts = runJson(['cohorts', '--project', reference]);
  runJson(['report', '--project', demo, '--out', join(dir, 'demo.xlsx'), '--lang', 'en']);
  // Segments carry no data text; leaving them out keeps the test quick.
  runJson(['report', '--project', evil, '--out', join(dir, 'evil.xlsx'), '--lang', 'zh-CN', '--sections', 'channels,ltv,quality']);
  book = await open(join(dir, 'demo.xlsx'));
  evilBook = await open(join(dir, 'evil.xlsx'));
  services = createServices({ workspace: join(dir, 'workspace'), host: 'web', version: 'test', paths: userPaths });
});

afterAll(() => services?.close());

describe('Excel report (demo project)', () => {
  it('has a summary sheet and one sheet per table, each with a frozen, filtered header row', () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Channel ROI',
      'Attribution comparison',
      'Budget advice',
      'Funnel',
      'Funnel by first channel',
      'RFM segments',
      'Clusters',
      'LTV model',
      'LTV holdout',
      'Customers at risk',
      'Cohort retention',
      'Cohort revenue',
      'Bought together',
      'Marketing mix',
      'Budget plan (MMM)',
      'MMM vs attribution',
      'Reviews',
      'Data quality',
      'Glossary',
    ]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      if (sheet.name === 'Summary') continue;
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
      expect(sheet.getRow(1).getCell(1).font?.bold, sheet.name).toBe(true);
    }
  });

  it('ends with the glossary of the sections it holds, in the screens\' words', () => {
    const terms = new Map<string, string>();
    book.getWorksheet('Glossary')!.eachRow((row, n) => {
      if (n > 1) terms.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(terms.get('Markov chain')).toBe(translate('en', 'term.markov.def'));
    expect(terms.get('Lift')).toBe(translate('en', 'term.lift.def'));
    expect(terms.get('Marketing-mix model')).toBe(translate('en', 'term.mmm.def'));
    // A report without its methods section has no glossary either.
    expect(evilBook.worksheets.map((w) => w.name)).not.toContain('术语表');
  });

  it('holds the funnel and the cohorts (issue 16, item 4), equal to the CLI\'s figures', () => {
    const steps = book.getWorksheet('Funnel')!;
    expect((steps.getRow(1).values as unknown[]).slice(1)).toEqual(['Step', 'Customers reaching it', 'From the step before', 'From the first step', 'Lost at this step']);
    const rows = funnel.steps.map((_, i) => (steps.getRow(i + 2).values as unknown[]).slice(1, 3));
    expect(rows).toEqual(funnel.steps.map((s) => [s.step, s.users]));
    expect(steps.getRow(3).getCell(3).numFmt).toBe('0.0%');
    const retention = book.getWorksheet('Cohort retention')!;
    expect(retention.rowCount).toBe(cohorts.cohorts.length + 1);
    const first = cohorts.cohorts[0];
    expect((retention.getRow(2).values as unknown[]).slice(1, 4)).toEqual([first.cohort, first.customers, first.retention[1]]);
    const revenue = book.getWorksheet('Cohort revenue')!;
    expect(revenue.getRow(2).getCell(3).value).toBeCloseTo(first.revenue[0]!, 6);
  });

  it('keeps numbers as numbers with formats, equal to the attribution JSON', () => {
    const sheet = book.getWorksheet('Channel ROI')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Model', 'Channel', 'Conversions', 'Attributed revenue', 'Spend', 'CPA', 'ROAS', 'ROI']);
    const markov = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === 'Markov chain') markov.set(String(row.getCell(2).value), (row.values as unknown[]).slice(1));
    });
    expect(markov.size).toBe(attribution.models.markov!.length);
    for (const r of attribution.models.markov!) {
      const row = markov.get(r.channel)!;
      expect(row[2]).toBeCloseTo(r.conversions, 9);
      expect(row[3]).toBeCloseTo(r.value, 6);
      expect(row[6]).toBeCloseTo(r.roas!, 9);
    }
    const second = sheet.getRow(2);
    expect(second.getCell(4).numFmt).toMatch(/¥/);
    expect(second.getCell(7).numFmt).toBe('0.00');
    expect(second.getCell(8).numFmt).toBe('0.0%');
    expect(book.getWorksheet('Customers at risk')!.getRow(2).getCell(4).numFmt).toBe('0.0%');
  });

  it('carries the charts as PNG images beside their tables', () => {
    const images = (name: string): number => book.getWorksheet(name)!.getImages().length;
    expect(images('Summary')).toBe(1);
    expect(images('Channel ROI')).toBe(1);
    expect(images('Attribution comparison')).toBe(1);
    expect(images('RFM segments')).toBe(2);
    expect(images('LTV model')).toBe(2);
    const media = (book as unknown as { model: { media: { buffer: Buffer; extension: string }[] } }).model.media;
    expect(media.length).toBeGreaterThanOrEqual(8);
    for (const m of media) {
      expect(m.extension).toBe('png');
      expect(m.buffer.subarray(1, 4).toString('latin1')).toBe('PNG');
      // 680 (or 480) CSS pixels wide, drawn at twice the density
      expect([1360, 960]).toContain(m.buffer.readUInt32BE(16));
    }
  });
});

describe('formula injection', () => {
  it('writes text that looks like a formula as text, never as a formula', async () => {
    let formulas = 0;
    let neutralised = 0;
    for (const sheet of evilBook.worksheets) {
      sheet.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas++;
          if (typeof cell.value === 'string' && /^'[=+\-@|]/.test(cell.value)) neutralised++;
          if (typeof cell.value === 'string') expect(cell.value, `${sheet.name}!${cell.address}`).not.toMatch(/^[=+\-@|\t\r]/);
        }),
      );
    }
    expect(formulas).toBe(0);
    // Every evil id in the customer sheets (the at-risk list leaves out those who bought again).
    expect(neutralised).toBeGreaterThan(150);
    const raw = spawnSync('unzip', ['-p', join(dir, 'evil.xlsx'), 'xl/worksheets/*.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(raw.status).toBe(0);
    expect(raw.stdout).not.toMatch(/<f[ >]/);
    const roi = evilBook.getWorksheet('渠道 ROI')!;
    const channels = new Set<unknown>();
    roi.eachRow((row, n) => n > 1 && channels.add(row.getCell(2).value));
    expect(channels).toContain(`'${EVIL_CHANNEL}`);
    const atRisk = evilBook.getWorksheet('流失风险客户')!;
    expect(String(atRisk.getRow(2).getCell(1).value)).toMatch(/^'(@SUM\(1\)|\+1|-2|\|calc|=1\+)c\d+@demo\.cn$/);
    expect(evilBook.getWorksheet('数据质量')!.getRow(2).getCell(1).value).toBe("'=cmd|' /C calc'!A0.csv");
  });

  it('lists the strongest basket rules, equal to the basket JSON, and bundle suggestions in words', () => {
    const sheet = book.getWorksheet('Bought together')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Customers who buy', 'also buy', 'Baskets', 'Support', 'Confidence', 'Lift', 'Basket revenue']);
    expect(basket.rules.length).toBeGreaterThan(2);
    basket.rules.slice(0, 15).forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual([r.antecedent.join(' + '), r.consequent.join(' + '), r.count]);
      expect(row.getCell(6).value).toBeCloseTo(r.lift, 6);
    });
    const top = basket.rules[0];
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain(`Customers who buy ${top.antecedent.join(' + ')} also buy ${top.consequent.join(' + ')}: ${top.count} baskets, lift ${top.lift.toFixed(2)}.`);
  });

  it('has the marketing-mix channels and budget plan, equal to the mmm JSON', () => {
    const sheet = book.getWorksheet('Marketing mix')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Channel', 'Spend', 'Contribution', 'ROAS', 'Low (5 %)', 'High (95 %)', 'Marginal ROAS', 'Carry-over (adstock)', 'Verdict']);
    mmm.channels.forEach((c, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(c.channel);
      expect(row.getCell(4).value as number).toBeCloseTo(c.roas, 3);
      expect(row.getCell(5).value as number).toBeCloseTo(c.roasLow, 3);
      expect(row.getCell(6).value as number).toBeCloseTo(c.roasHigh, 3);
    });
    const plan = book.getWorksheet('Budget plan (MMM)')!;
    mmm.channels.forEach((c, i) => expect(plan.getRow(i + 2).getCell(3).value as number).toBeCloseTo(mmm.optimiser.allocation[c.channel], 1));
  });

  it('says the marketing-mix verdict, the plan and the method in both languages in the PDF', () => {
    const en = previewReport({ project: demo, lang: 'en', sections: ['mmm'] }).html;
    expect(en).toContain('Marketing mix: what spend brings, and the budget plan');
    expect(en).toContain('Directional only — Trust the order of the channels');
    // The demo's best split keeps money back that no channel earns back: said as such, with
    // both totals, not as a bare "−54,749 against keeping today's split" (the Optimise step's sentence).
    expect(en).toMatch(/Best split of ¥[\d,.]+ a week\. This split spends ¥[\d,.]+ a week less .* revenue minus spend improves by ¥[\d,.]+ a week\. Over the next \d+ weeks the model predicts ¥[\d,.]+ of revenue in all, baseline and seasons included \(keeping today’s split: ¥[\d,.]+\)\./);
    expect(en).toContain('Method: geometric adstock and Hill saturation');
    const zh = previewReport({ project: demo, lang: 'zh-CN', sections: ['mmm'] }).html;
    expect(zh).toContain('营销组合：花费带来什么，以及预算计划');
    expect(zh).toContain('仅供参考方向');
    expect(zh).toContain('抖音');
    expect(zh).toMatch(/每周预算 ¥[\d,.]+ 的最佳分配。这个分配每周少花 ¥[\d,.]+.*收入减花费每周提高 ¥[\d,.]+。未来 \d+ 周模型预测总收入 ¥[\d,.]+，含基线与季节（保持当前分配：¥[\d,.]+）。/);
    expect(zh).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('sets the model’s ROAS beside attribution’s in the Excel report and the PDF, each disagreement in words', () => {
    const sheet = book.getWorksheet('MMM vs attribution')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 4)).toEqual(['Channel', 'Marketing mix', 'Low (5 %)', 'High (95 %)']);
    expect(header[header.length - 1]).toBe('Lift test');
    const markov = header.indexOf('Markov chain') + 1;
    expect(markov).toBeGreaterThan(4);
    const markovRows = attribution.models.markov!;
    mmm.channels.forEach((c, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(c.channel);
      expect(row.getCell(2).value as number).toBeCloseTo(c.roas, 3);
      const credited = markovRows.find((r) => r.channel === c.channel)?.roas ?? null;
      if (credited === null) expect(row.getCell(markov).value).toBeNull();
      else expect(row.getCell(markov).value as number).toBeCloseTo(credited, 6);
    });
    // Under the table, one sentence per channel: agreement or which way they part and why.
    const words: string[] = [];
    sheet.eachRow((row, n) => {
      const v = row.getCell(1).value;
      if (n > mmm.channels.length + 2 && typeof v === 'string' && /gives it (more|less)|the two agree/.test(v)) words.push(v);
    });
    expect(words.length).toBe(mmm.channels.length);
    const en = previewReport({ project: demo, lang: 'en', sections: ['mmm'] }).html;
    expect(en).toContain('Marketing mix beside attribution');
    expect(en.match(/than the model finds|the two agree/g)?.length).toBe(mmm.channels.length);
    const zh = previewReport({ project: demo, lang: 'zh-CN', sections: ['mmm'] }).html;
    expect(zh).toContain(translate('zh-CN', 'ui.mmm.tri.title'));
    expect(zh).not.toMatch(/NaN|undefined|Infinity|ui\.mmm/);
  });

  it('shows review sentiment by month and aspect, equal to the sentiment JSON, and the words behind praise and complaints', () => {
    const sheet = book.getWorksheet('Reviews')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Month', 'Reviews', 'Positive', 'Neutral', 'Negative', 'Net sentiment']);
    sentiment.byMonth.forEach((m, i) => {
      const row = sheet.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(2).value]).toEqual([m.key, m.reviews]);
      expect(row.getCell(3).value).toBeCloseTo(m.positiveShare, 6);
      expect(row.getCell(6).value).toBeCloseTo(m.netSentiment, 6);
    });
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain('Quality / taste');
    expect(texts).toContain(sentiment.topTerms.positive[0].term);
    const en = previewReport({ project: demo, lang: 'en', sections: ['reviews'] }).html;
    expect(en).toContain('What customers say (reviews)');
    expect(en).toContain(`${sentiment.reviews.toLocaleString('en')} reviews`);
    expect(en).toContain('Customers complain about:');
    const zh = previewReport({ project: demo, lang: 'zh-CN', sections: ['reviews'] }).html;
    expect(zh).toContain('客户怎么说（评价）');
    expect(zh).toContain('客户抱怨：');
  });

  it('says the bundle suggestions in both languages in the PDF', () => {
    const top = basket.rules[0];
    const en = previewReport({ project: demo, lang: 'en', sections: ['baskets'] }).html;
    expect(en).toContain('Products bought together');
    expect(en).toContain(`Customers who buy ${top.antecedent.join(' + ')} also buy ${top.consequent.join(' + ')}: ${top.count} baskets, lift ${top.lift.toFixed(2)}.`);
    const zh = previewReport({ project: demo, lang: 'zh-CN', sections: ['baskets'] }).html;
    expect(zh).toContain('一起购买的商品');
    // Spaced as Chinese typesetting spaces each product's name (tight when it ends in Han, apart when in Latin or digits).
    expect(zh).toContain(translate('zh-CN', 'report.baskets.bundle', { a: top.antecedent.join(' + '), b: top.consequent.join(' + '), n: top.count, lift: top.lift.toFixed(2) }));
  });

  it('escapes the same text in the HTML of the PDF', () => {
    const { html } = previewReport({ project: evil, lang: 'en', sections: ['channels', 'quality'] });
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;x&quot;)');
    expect(html).not.toContain('HYPERLINK("http');
    expect(html).toContain('=cmd|&#39; /C calc&#39;!A0.csv');
  });
});

describe('through the API', () => {
  it('sets a goal, shows the dashboard, previews and exports the report', async () => {
    const call = async (name: string, input: unknown) => {
      const r = await services.call(name, input);
      if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
      return r.value as never;
    };
    const goal = await call('goal.save', { project: demo, goal: { type: 'roas', target: 4, periodStart: '2025-12-01', periodEnd: '2025-12-31' } });
    expect(goal).toMatchObject({ type: 'roas', suggestedAnalyses: ['attribution', 'mmm'], missingData: [] });
    const dashboard = await call('dashboard.get', { project: demo });
    expect(dashboard).toMatchObject({ period: { from: '2025-12-01', to: '2025-12-31' }, previous: { from: '2025-11-01', to: '2025-11-30' } });
    expect((dashboard as { channelRoi: { model: string } }).channelRoi.model).toBe('markov');
    const preview = (await call('report.preview', { project: demo, lang: 'zh-CN' })) as { html: string; skipped: unknown[] };
    expect(preview.skipped).toEqual([]);
    expect(preview.html).toContain('执行摘要');
    const events: JobEvent[] = [];
    const done = new Promise<JobEvent>((resolve) => services.onJobEvent((e) => (events.push(e), e.type !== 'progress' && resolve(e))));
    const { jobId } = (await call('report.export', { project: demo, lang: 'en', format: 'xlsx', sections: ['summary', 'goals'] })) as { jobId: string };
    const end = await done;
    expect(end).toMatchObject({ type: 'done', jobId });
    const file = (end as { result: ReportFile }).result;
    expect(file.fileName).toMatch(/^demo-report-en-.*\.xlsx$/);
    expect(events.some((e) => e.type === 'progress')).toBe(true);
    const read = (await call('export.read', { file: file.file })) as { base64: string; mime: string };
    expect(read.mime).toMatch(/spreadsheetml/);
    expect(Buffer.from(read.base64, 'base64').equals(readFileSync(file.file))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(read.base64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Goals']);
  });
});
