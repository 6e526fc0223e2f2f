/**
 * The CLI import, end to end on real-looking files: a GBK CSV saved by Chinese Excel and
 * a Shopify orders export in .xlsx. Expected figures are computed in the test from the
 * rows it wrote, not read back from the program.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const dir = tempDir();

interface ImportJson {
  dataset: {
    id: number;
    kind: string;
    file: string;
    encoding: string;
    rowsRead: number;
    rowsImported: number;
    rowsRejected: number;
    duplicatesRemoved: number;
    mapping: Record<string, string>;
    issues: { row: number; column: string; reason: string }[];
    issueCount: number;
  };
}

function gbkSpendCsv(file: string): { total: number; rows: number } {
  const channels = ['抖音', '微信', '百度', '小红书'];
  const lines = ['日期,渠道,广告计划,花费(元),展示数,点击数'];
  let total = 0;
  for (let d = 1; d <= 30; d++) {
    channels.forEach((ch, i) => {
      const spend = 1000 + d * 10 + i * 3.5;
      total += spend;
      lines.push(`2025/3/${d},${ch},春季推广${i},"${spend.toLocaleString('en-US')}",${d * 1000},${d * 30}`);
    });
  }
  writeFileSync(file, iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));
  return { total, rows: 30 * channels.length };
}

async function shopifyOrdersXlsx(file: string): Promise<{ total: number; customers: number; lines: number }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('orders_export');
  ws.addRow(['Name', 'Email', 'Financial Status', 'Created at', 'Subtotal', 'Shipping', 'Total', 'Lineitem quantity', 'Lineitem name', 'Source']);
  let total = 0;
  for (let i = 0; i < 50; i++) {
    const amount = 20 + (i % 7) * 5.25;
    total += amount;
    ws.addRow([`#${1001 + i}`, `buyer${i % 12}@example.com`, 'paid', `2025-02-${String(1 + (i % 28)).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')}:00 +0800`, amount, 0, amount, 1 + (i % 3), `Tea ${i % 5}`, 'web']);
  }
  wb.addWorksheet('Notes').addRow(['exported from Shopify admin']);
  await wb.xlsx.writeFile(file);
  return { total, customers: 12, lines: 50 };
}

describe('roi-studio import', () => {
  it('imports a GBK CSV with Chinese headers: encoding, kind, mapping, values', () => {
    const file = join(dir, '花费.csv');
    const expected = gbkSpendCsv(file);
    const project = join(dir, 'gbk.roi');
    const { dataset } = runJson<ImportJson>(['import', file, '--project', project]);
    expect(dataset).toMatchObject({ kind: 'spend', encoding: 'GB18030', rowsRead: expected.rows, rowsImported: expected.rows, rowsRejected: 0, issueCount: 0 });
    expect(dataset.mapping).toMatchObject({ date: '日期', channel: '渠道', campaign: '广告计划', spend: '花费(元)', impressions: '展示数', clicks: '点击数' });
    const db = new Database(project, { readonly: true });
    const sum = db.prepare('SELECT sum(spend) AS s, min(date) AS lo, max(date) AS hi FROM spend').get() as { s: number; lo: string; hi: string };
    const channels = (db.prepare('SELECT DISTINCT channel FROM spend ORDER BY channel').all() as { channel: string }[]).map((r) => r.channel);
    db.close();
    expect(sum.s).toBeCloseTo(expected.total, 6);
    expect([sum.lo, sum.hi]).toEqual(['2025-03-01', '2025-03-30']);
    expect(channels).toEqual(['Baidu', 'Douyin', 'WeChat', 'Xiaohongshu']);
  });

  it('imports a Shopify orders export (.xlsx) as orders', async () => {
    const file = join(dir, 'orders_export.xlsx');
    const expected = await shopifyOrdersXlsx(file);
    const project = join(dir, 'shop.roi');
    const { dataset } = runJson<ImportJson & { dataset: { sheet: string; sheets: string[] } }>(['import', file, '--project', project]);
    expect(dataset).toMatchObject({ kind: 'orders', encoding: 'xlsx', sheet: 'orders_export', sheets: ['orders_export', 'Notes'], rowsImported: expected.lines, rowsRejected: 0 });
    expect(dataset.mapping).toMatchObject({ order_id: 'Name', customer_id: 'Email', date: 'Created at', revenue: 'Total', quantity: 'Lineitem quantity', product: 'Lineitem name' });
    const db = new Database(project, { readonly: true });
    const r = db.prepare('SELECT sum(revenue) AS s, count(DISTINCT customer_id) AS c, min(date) AS lo FROM orders').get() as { s: number; c: number; lo: string };
    const { sha256 } = db.prepare('SELECT sha256 FROM datasets').get() as { sha256: string };
    db.close();
    expect(sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(r.s).toBeCloseTo(expected.total, 6);
    expect(r.c).toBe(expected.customers);
    expect(r.lo).toBe('2025-02-01T10:00:00');
    // The other sheet is named, and can be chosen.
    const notes = runCli(['import', file, '--project', join(dir, 'notes.roi'), '--sheet', 'Nope']);
    expect(notes.stderr).toMatch(/no sheet named "Nope"\. Sheets: .*orders_export.*Notes/);
  });

  it('lists datasets with their counts', () => {
    const listed = runJson<{ datasets: { kind: string; rowsImported: number }[] }>(['datasets', '--project', join(dir, 'gbk.roi')]);
    expect(listed.datasets).toEqual([expect.objectContaining({ kind: 'spend', rowsImported: 120 })]);
    const text = runCli(['datasets', '--project', join(dir, 'gbk.roi')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/spend\s+花费\.csv\s+GB18030\s+120\s+120\s+0\s+0/);
  });

  it('refuses the same file twice unless --replace, which replaces it', () => {
    const file = join(dir, '花费.csv');
    const project = join(dir, 'gbk.roi');
    const again = runCli(['import', file, '--project', project]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already imported into this project \(dataset 1/);
    const replaced = runJson<ImportJson>(['import', file, '--project', project, '--replace']);
    expect(replaced.dataset.id).toBe(2);
    const listed = runJson<{ datasets: { id: number }[] }>(['datasets', '--project', project]);
    expect(listed.datasets.map((d) => d.id)).toEqual([2]);
  });

  it('recognises a renamed copy by its content, and stores the sha256 of every file it imports', () => {
    const project = join(dir, 'renamed.roi');
    const file = join(dir, 'spend-march.csv');
    gbkSpendCsv(file);
    const copy = join(dir, 'spend-march (copy).csv');
    copyFileSync(file, copy);
    expect(runJson<ImportJson>(['import', file, '--project', project]).dataset.id).toBe(1);
    const again = runCli(['import', copy, '--project', project]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already imported into this project \(dataset 1/);
    expect(runJson<ImportJson>(['import', copy, '--project', project, '--replace']).dataset.id).toBe(2);
    const db = new Database(project, { readonly: true });
    const stored = db.prepare('SELECT id, file_name AS name, sha256 FROM datasets').all();
    db.close();
    const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(stored).toEqual([{ id: 2, name: 'spend-march (copy).csv', sha256 }]);
  });

  it('rejects bad rows with their reasons, keeps them, removes exact duplicates', () => {
    const file = join(dir, 'messy.csv');
    writeFileSync(
      file,
      [
        'date,channel,spend,clicks',
        '2025-01-01,Douyin,100,5',
        '2025-01-01,Douyin,100,5', // exact duplicate
        '2025-01-02,douyin ,"1,2,3",5', // a list in a number column
        'not a date,WeChat,50,1',
        '2025-01-03,,70,1', // missing required channel
        '2025-01-04,Baidu,80,2,extra', // ragged
        '2025-01-05,ＢＡＩＤＵ,"¥1,200.50",3', // full-width channel, currency
      ].join('\n'),
    );
    const { dataset } = runJson<ImportJson>(['import', file, '--project', join(dir, 'messy.roi')]);
    expect(dataset).toMatchObject({ rowsRead: 7, rowsImported: 2, duplicatesRemoved: 1, rowsRejected: 4, issueCount: 4 });
    const byRow = Object.fromEntries(dataset.issues.map((i) => [i.row, i]));
    expect(byRow[4]).toMatchObject({ column: 'spend', reason: expect.stringMatching(/"1,2,3" is not a single number/) });
    expect(byRow[5]).toMatchObject({ column: 'date', reason: expect.stringMatching(/"not a date" is not a date/) });
    expect(byRow[6]).toMatchObject({ column: 'channel', reason: 'required value is empty' });
    expect(byRow[7].reason).toMatch(/cells/);
    const db = new Database(join(dir, 'messy.roi'), { readonly: true });
    const rows = db.prepare('SELECT row, channel, spend FROM spend ORDER BY row').all();
    const kept = db.prepare('SELECT row FROM rejected_rows ORDER BY row').all();
    db.close();
    expect(rows).toEqual([
      { row: 2, channel: 'Douyin', spend: 100 },
      { row: 8, channel: 'Baidu', spend: 1200.5 },
    ]);
    expect(kept).toEqual([{ row: 4 }, { row: 5 }, { row: 6 }, { row: 7 }]);
  });

  it('says in Chinese what is wrong when asked to', () => {
    const file = join(dir, 'nospend.csv');
    writeFileSync(file, '日期,渠道,展示数\n2025-01-01,抖音,100\n');
    const r = runCli(['import', file, '--project', join(dir, 'x.roi'), '--as', 'spend', '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nospend.csv：广告花费数据需要列 "spend"');
    expect(r.stderr).toContain('"日期", "渠道", "展示数"');
    expect(existsSync(join(dir, 'x.roi'))).toBe(false);
  });

  it('takes --map overrides', () => {
    const file = join(dir, 'odd-headers.csv');
    writeFileSync(file, 'Tag,Medium,Money\n2025-01-01,Douyin,100\n2025-01-02,WeChat,50\n');
    const r = runJson<ImportJson>(['import', file, '--project', join(dir, 'map.roi'), '--as', 'spend', '--map', 'date=Tag', '--map', 'channel=Medium', '--map', 'spend=Money']);
    expect(r.dataset).toMatchObject({ rowsImported: 2, mapping: { date: 'Tag', channel: 'Medium', spend: 'Money' } });
    const bad = runCli(['import', file, '--project', join(dir, 'map.roi'), '--as', 'spend', '--map', 'spend=Cost']);
    expect(bad.stderr).toMatch(/no column "Cost" \(for --map spend\)/);
  });
});
