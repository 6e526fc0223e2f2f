import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoSpreadsheets } from './export.js';
import type { DemoFile } from './export.js';
import { simulateDemo } from './simulate.js';

const data = simulateDemo({ seed: 5, customers: 1500 });
const dir = mkdtempSync(join(tmpdir(), 'roi-demo-test-'));
let files: DemoFile[] = [];

beforeAll(async () => {
  files = await writeDemoSpreadsheets(data, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parse = (text: string): string[][] => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
// Wall-clock text of a naive timestamp, computed here independently of calendar.ts.
const wallClock = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

async function readSheet(file: string): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: ExcelJS.CellValue[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

describe('writeDemoSpreadsheets', () => {
  it('writes the seven dataset kinds with their encodings', () => {
    expect(files.map((f) => [f.file.slice(dir.length + 1), f.kind, f.encoding])).toEqual([
      ['spend.csv', 'spend', 'utf-8'],
      ['touchpoints.csv', 'touchpoints', 'gbk'],
      ['orders.xlsx', 'orders', 'xlsx'],
      ['customers.csv', 'customers', 'utf-8-bom'],
      ['reviews.xlsx', 'reviews', 'xlsx'],
      ['paths.csv', 'paths', 'utf-8'],
      ['weekly.csv', 'weekly', 'utf-8'],
    ]);
  });

  it('writes the weekly sheet: the brand revenue stream and each channel’s weekly spend, as truth.mmm has them', () => {
    const rows = parse(readFileSync(join(dir, 'weekly.csv'), 'utf8'));
    expect(rows[0]).toEqual(['周', '品牌收入', ...data.truth.channels.map((c) => `${c.label}消耗`)]);
    expect(rows).toHaveLength(data.truth.mmm.weekStarts.length + 1);
    rows.slice(1).forEach((row, t) => {
      expect(row[0]).toBe(data.truth.mmm.weekStarts[t]);
      expect(Number(row[1])).toBeCloseTo(data.truth.mmm.weeklyRevenue[t], 2);
      data.truth.mmm.weeklySpend.forEach((series, c) => expect(Number(row[2 + c])).toBeCloseTo(series[t], 2));
    });
  });

  it('writes spend as UTF-8 with Chinese headers, 2025/1/3 dates and money that parses back', () => {
    const text = readFileSync(join(dir, 'spend.csv'), 'utf8');
    const rows = parse(text);
    expect(rows[0]).toEqual(['日期', '渠道', '广告计划', '花费(元)', '展示数', '点击数']);
    expect(rows).toHaveLength(data.spend.length + 1);
    expect(rows[1][0]).toBe('2025/1/1');
    const total = rows.slice(1).reduce((s, r) => s + Number(r[3].replace(/,/g, '')), 0);
    expect(total).toBeCloseTo(data.spend.reduce((s, r) => s + r.spend, 0), 2);
  });

  it('writes touchpoints in GBK that decode (gb18030) to the same rows, and are not UTF-8', () => {
    const bytes = readFileSync(join(dir, 'touchpoints.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const rows = parse(new TextDecoder('gb18030').decode(bytes));
    expect(rows[0]).toEqual(['用户ID', '时间', '渠道', '事件']);
    const words = { view: '曝光', click: '点击', conversion: '转化' };
    expect(rows.slice(1)).toEqual(data.touchpoints.map((t) => [t.customerId, wallClock(t.time), t.channel, words[t.event]]));
  });

  it('writes a Shopify-style orders.xlsx that reopens with the right headers, dates and totals', async () => {
    const rows = await readSheet(join(dir, 'orders.xlsx'));
    expect(rows[0]).toEqual(['Name', 'Email', 'Created at', 'Total', 'Lineitem quantity', 'Lineitem name', 'Source']);
    expect(rows).toHaveLength(data.orders.length + 1);
    const first = rows[1];
    expect(first[0]).toBe(data.orders[0].orderId);
    expect(first[0]).toBe('#1001');
    expect(first[1]).toBe(data.orders[0].customerId);
    expect(first[2]).toBeInstanceOf(Date);
    expect(wallClock((first[2] as Date).getTime())).toBe(wallClock(data.orders[0].time));
    const cents = rows.slice(1).reduce((s, r) => s + Math.round(Number(r[3]) * 100), 0);
    expect(cents).toBe(Math.round(data.truth.revenue.total * 100));
  });

  it('writes customers as UTF-8 with a BOM and Chinese headers', () => {
    const bytes = readFileSync(join(dir, 'customers.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['客户ID', '注册日期', '地区', '年龄', '性别', '会员等级']);
    expect(rows).toHaveLength(1501);
    const ids = new Set(rows.slice(1).map((r) => r[0]));
    expect(data.orders.every((o) => ids.has(o.customerId))).toBe(true);
  });

  it('writes reviews.xlsx with Chinese headers and every review', async () => {
    const rows = await readSheet(join(dir, 'reviews.xlsx'));
    expect(rows[0]).toEqual(['评价内容', '评分', '日期', '平台', '商品', '客户ID']);
    expect(rows).toHaveLength(data.reviews.length + 1);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(data.reviews.map((r) => [r.text, r.rating, r.platform]));
  });

  it('writes a path report whose counts add up to the journeys', () => {
    const rows = parse(readFileSync(join(dir, 'paths.csv'), 'utf8'));
    expect(rows[0]).toEqual(['path', 'conversions', 'value', 'nulls']);
    const sum = (col: number): number => rows.slice(1).reduce((s, r) => s + Number(r[col]), 0);
    expect(sum(1)).toBe(data.truth.counts.convertingCustomers);
    expect(sum(3)).toBe(data.journeys.length - data.truth.counts.convertingCustomers);
    expect(sum(2)).toBeCloseTo(data.truth.revenue.firstOrders, 1);
    expect(rows.slice(1).every((r) => r[0].split(' > ').length >= 1)).toBe(true);
  });
});
