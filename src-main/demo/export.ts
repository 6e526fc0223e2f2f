/**
 * Writes the demo as the spreadsheets a small Chinese brand would really have: an ad
 * spend report (UTF-8 CSV, Chinese headers, 2025/1/3 dates, money with separators), a
 * touchpoint log saved by Chinese Excel (GBK CSV), a Shopify-style order export (.xlsx),
 * a member list (UTF-8 CSV with BOM), platform reviews (.xlsx) and an aggregated path
 * report. Customer ids are the same string in every file.
 */
import { existsSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { AppError } from '@shared/errors.js';
import type { DatasetKind } from '@shared/kinds.js';
import { isoDateTime, parseIsoDate, slashDate } from './calendar.js';
import { csvLine, moneyWithSeparators } from './csv-text.js';
import type { DemoData, TouchEvent } from './types.js';
import { writeXlsxSheet } from './xlsx-writer.js';

export interface DemoFile {
  file: string;
  kind: DatasetKind;
  /** `utf-8`, `utf-8-bom`, `gbk` or `xlsx`. */
  encoding: string;
}

export const SPEND_HEADERS = ['日期', '渠道', '广告计划', '花费(元)', '展示数', '点击数'] as const;
export const TOUCHPOINT_HEADERS = ['用户ID', '时间', '渠道', '事件'] as const;
export const ORDER_HEADERS = ['Name', 'Email', 'Created at', 'Total', 'Lineitem quantity', 'Lineitem name', 'Source'] as const;
export const CUSTOMER_HEADERS = ['客户ID', '注册日期', '地区', '年龄', '性别', '会员等级'] as const;
export const REVIEW_HEADERS = ['评价内容', '评分', '日期', '平台', '商品', '客户ID'] as const;
export const PATH_HEADERS = ['path', 'conversions', 'value', 'nulls'] as const;
/** The weekly marketing-mix sheet: week, the brand revenue stream, then `<channel>消耗` per channel (truth.mmm). */
export const WEEKLY_HEADERS = ['周', '品牌收入'] as const;
export const WEEKLY_SPEND_SUFFIX = '消耗';

export const EVENT_WORDS: Readonly<Record<TouchEvent, string>> = { view: '曝光', click: '点击', conversion: '转化' };

/** Excel on Windows ends CSV lines with CRLF; export tools usually with LF. */
const CRLF = '\r\n';
const LF = '\n';
const GBK_CHUNK_ROWS = 20_000;

async function writeSpend(data: DemoData, file: string): Promise<void> {
  const lines = [csvLine(SPEND_HEADERS, LF)];
  for (const r of data.spend) {
    lines.push(csvLine([slashDate(parseIsoDate(r.date)), r.channel, r.campaign, moneyWithSeparators(r.spend), r.impressions, r.clicks], LF));
  }
  await writeFile(file, lines.join(''), 'utf8');
}

/** GBK, encoded a chunk of rows at a time so the whole log never sits in memory twice. */
async function writeTouchpoints(data: DemoData, file: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.write(iconv.encode(csvLine(TOUCHPOINT_HEADERS, CRLF), 'gbk'));
    for (let i = 0; i < data.touchpoints.length; i += GBK_CHUNK_ROWS) {
      const text = data.touchpoints
        .slice(i, i + GBK_CHUNK_ROWS)
        .map((t) => csvLine([t.customerId, isoDateTime(t.time), t.channel, EVENT_WORDS[t.event]], CRLF))
        .join('');
      await handle.write(iconv.encode(text, 'gbk'));
    }
  } finally {
    await handle.close();
  }
}

async function writeCustomers(data: DemoData, file: string): Promise<void> {
  const lines = ['\uFEFF', csvLine(CUSTOMER_HEADERS, CRLF)];
  for (const c of data.customers) lines.push(csvLine([c.customerId, c.signupDate, c.region, c.age, c.gender, c.memberLevel], CRLF));
  await writeFile(file, lines.join(''), 'utf8');
}

async function writePaths(data: DemoData, file: string): Promise<void> {
  const lines = [csvLine(PATH_HEADERS, LF)];
  for (const p of data.paths) lines.push(csvLine([p.path, p.conversions, p.value.toFixed(2), p.nulls], LF));
  await writeFile(file, lines.join(''), 'utf8');
}

/**
 * The wide weekly sheet a marketer keeps for a marketing-mix model: one row per week of
 * the brand revenue stream (truth.mmm, brand-revenue.ts) and each channel's spend that
 * week, under the channel's name as the spend report spells it.
 */
async function writeWeekly(data: DemoData, file: string): Promise<void> {
  const mmm = data.truth.mmm;
  const lines = [csvLine([...WEEKLY_HEADERS, ...data.truth.channels.map((c) => `${c.label}${WEEKLY_SPEND_SUFFIX}`)], LF)];
  mmm.weekStarts.forEach((week, t) => {
    lines.push(csvLine([week, mmm.weeklyRevenue[t].toFixed(2), ...mmm.weeklySpend.map((series) => series[t].toFixed(2))], LF));
  });
  await writeFile(file, lines.join(''), 'utf8');
}

/**
 * Shopify-like order lines. `Total` is the line's amount (lines of an order add up to the
 * order total) so that every row carries its revenue and summing rows is right.
 */
async function writeOrders(data: DemoData, file: string): Promise<void> {
  const columns = [
    { header: ORDER_HEADERS[0], width: 9 },
    { header: ORDER_HEADERS[1], width: 18 },
    { header: ORDER_HEADERS[2], width: 20, numFmt: 'yyyy-mm-dd hh:mm:ss' },
    { header: ORDER_HEADERS[3], width: 10, numFmt: '0.00' },
    { header: ORDER_HEADERS[4], width: 8 },
    { header: ORDER_HEADERS[5], width: 28 },
    { header: ORDER_HEADERS[6], width: 12 },
  ];
  const rows = data.orders.map((o) => [o.orderId, o.customerId, new Date(o.time), o.revenue, o.quantity, o.product, o.source]);
  await writeXlsxSheet(file, 'Orders', columns, rows);
}

async function writeReviews(data: DemoData, file: string): Promise<void> {
  const columns = [
    { header: REVIEW_HEADERS[0], width: 60 },
    { header: REVIEW_HEADERS[1], width: 6 },
    { header: REVIEW_HEADERS[2], width: 12, numFmt: 'yyyy-mm-dd' },
    { header: REVIEW_HEADERS[3], width: 10 },
    { header: REVIEW_HEADERS[4], width: 24 },
    { header: REVIEW_HEADERS[5], width: 18 },
  ];
  const rows = data.reviews.map((r) => [r.text, r.rating, new Date(parseIsoDate(r.date)), r.platform, r.product, r.customerId]);
  await writeXlsxSheet(file, '评价', columns, rows);
}

/**
 * Writes the seven files into `dir` (created if missing) and says what each one is. A folder
 * that already holds a file of one of these names is refused before anything is written:
 * `--export-dir` may point at the user's own exports, and a demo must never replace them.
 */
export async function writeDemoSpreadsheets(data: DemoData, dir: string): Promise<DemoFile[]> {
  const plan: { name: string; kind: DatasetKind; encoding: string; write: (d: DemoData, f: string) => Promise<void> }[] = [
    { name: 'spend.csv', kind: 'spend', encoding: 'utf-8', write: writeSpend },
    { name: 'touchpoints.csv', kind: 'touchpoints', encoding: 'gbk', write: writeTouchpoints },
    { name: 'orders.xlsx', kind: 'orders', encoding: 'xlsx', write: writeOrders },
    { name: 'customers.csv', kind: 'customers', encoding: 'utf-8-bom', write: writeCustomers },
    { name: 'reviews.xlsx', kind: 'reviews', encoding: 'xlsx', write: writeReviews },
    { name: 'paths.csv', kind: 'paths', encoding: 'utf-8', write: writePaths },
    { name: 'weekly.csv', kind: 'weekly', encoding: 'utf-8', write: writeWeekly },
  ];
  const taken = plan.map((p) => join(dir, p.name)).find((file) => existsSync(file));
  if (taken) throw new AppError('error.outExists', { file: taken });
  await mkdir(dir, { recursive: true });
  const files: DemoFile[] = [];
  for (const p of plan) {
    const file = join(dir, p.name);
    await p.write(data, file);
    files.push({ file, kind: p.kind, encoding: p.encoding });
  }
  return files;
}
