/**
 * Channel ROI from the data every shop has (issue 16, item 1): ad spend per channel, and
 * orders that name the channel they came from. Each order is a one-touch journey credited
 * to its source channel, through the channel map; the JSON has the shape of the other sources.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';

const dir = tempDir('roi-orders-source-');
const write = (name: string, text: string): string => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

interface Row {
  channel: string;
  conversions: number;
  value: number;
  spend: number | null;
  roas: number | null;
}
interface Result {
  source: string;
  ordersWithoutChannel: number | null;
  conversions: number;
  value: number;
  models: Record<string, Row[]>;
  unavailable: { model: string; code: string }[];
}

const spend = write('spend.csv', 'date,channel,spend\n2025-03-01,抖音,300\n2025-03-01,微信,100\n2025-03-02,Baidu,50\n');
// 来源渠道: 巨量引擎 counts as Douyin; c3 bought twice the same day (two order ids) — two orders.
const orders = write(
  'orders.csv',
  [
    '订单号,客户,下单时间,金额,来源渠道',
    'o1,c1,2025-03-01 10:00,120,抖音',
    'o2,c2,2025-03-01 11:00,80,巨量引擎',
    'o3,c3,2025-03-02 09:00,200,微信',
    'o4,c3,2025-03-02 18:00,50,微信',
    'o5,c4,2025-03-03 12:00,70,',
    // A refund line is not an order: neither a conversion nor a new customer.
    'r1,c9,2025-03-04 12:00,-40,抖音',
  ].join('\n') + '\n',
);

describe('attribution from orders that carry their source channel', () => {
  const project = join(dir, 'shop.roi');
  runJson(['import', spend, '--project', project]);
  runJson(['import', orders, '--project', project]);

  it('is what auto falls back to without touchpoints or paths, with the other sources’ JSON shape', () => {
    const r = runJson<Result>(['attribution', '--project', project, '--json']);
    expect(r.source).toBe('orders');
    expect(r.ordersWithoutChannel).toBe(1);
    expect(r.conversions).toBe(4);
    expect(r.value).toBe(450);
    const last = new Map(r.models.last.map((row) => [row.channel, row]));
    expect(last.get('Douyin')).toMatchObject({ conversions: 2, value: 200, spend: 300 });
    expect(last.get('WeChat')).toMatchObject({ conversions: 2, value: 250, spend: 100, roas: 2.5 });
    // One touch per journey: every rule gives the same credit; the data-driven models are not faked.
    expect(Object.keys(r.models).sort()).toEqual(['first', 'last', 'linear', 'position', 'time-decay']);
    expect(r.unavailable.map((u) => `${u.model}:${u.code}`)).toEqual(['markov:one-touch-orders', 'shapley:one-touch-orders']);
    for (const rows of Object.values(r.models)) expect(new Map(rows.map((row) => [row.channel, row.value]))).toEqual(new Map(r.models.last.map((row) => [row.channel, row.value])));
  });

  it('reads in the user’s language as text: its summary, sections and headers', () => {
    const zh = runCli(['attribution', '--project', project, '--models', 'last', '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('带来源渠道的订单：4 条旅程，4 次转化，价值 450');
    expect(zh.stdout).toContain('== 末次触点 ==');
    expect(zh.stdout).toMatch(/渠道\s+转化数\s+归因销售额\s+花费/);
    expect(zh.stdout).not.toMatch(/journeys|conversions|channel/);
    // The advice rests on the orders' source channel, not on the rule whose table it took.
    expect(zh.stdout).toContain('预算调整（按订单来源渠道的 ROAS，');
    expect(zh.stdout).toMatch(/\n抖音\s+300\s+210\s+-90\s+不确定、低于保本线、已达 −30% 下限/);
    const en = runCli(['attribution', '--project', project, '--models', 'last']);
    expect(en.stdout).toContain('Orders with their source channel: 4 journeys, 4 conversions, value 450');
  });

  it('has the other analyses’ text read in Chinese too: segments and cohorts', () => {
    const segments = runCli(['segments', '--project', project, '--lang', 'zh-CN']).stdout;
    expect(segments).toMatch(/^RFM（截至 \d{4}-\d{2}-\d{2}）：4 位客户，销售额 520/);
    expect(segments).toMatch(/分群\s+客户数\s+销售额占比\s+建议行动/);
    expect(segments).not.toMatch(/customers|revenue share|silhouette/);
    expect(runCli(['cohorts', '--project', project, '--lang', 'zh-CN']).stdout).toMatch(/^首单月份\s+客户数\s+M0/);
  });

  it('counts new customers by the source of their first order, and what each cost', () => {
    const r = runJson<Result & { newCustomersBySource: { channel: string; newCustomers: number; spend: number | null; cac: number | null }[] }>(['attribution', '--project', project, '--models', 'last']);
    // c1, c2 came from Douyin; c3 from WeChat (twice, one customer); c4's order names no channel.
    expect(r.newCustomersBySource).toEqual([
      { channel: 'Douyin', newCustomers: 2, spend: 300, cac: 150 },
      { channel: 'WeChat', newCustomers: 1, spend: 100, cac: 100 },
      { channel: 'Baidu', newCustomers: 0, spend: 50, cac: null },
    ]);
    // Customers first seen before the period are not new in it.
    const later = runJson<Result & { newCustomersBySource: { channel: string; newCustomers: number }[] }>(['attribution', '--project', project, '--models', 'last', '--from', '2025-03-02']);
    expect(later.newCustomersBySource.find((c) => c.channel === 'Douyin')?.newCustomers ?? 0).toBe(0);
    expect(later.newCustomersBySource.find((c) => c.channel === 'WeChat')?.newCustomers).toBe(1);
  });

  it('follows the channel map, and can be asked for by name', () => {
    runJson(['channels', '--project', project, '--set', '巨量引擎=巨量引擎']);
    const r = runJson<Result>(['attribution', '--project', project, '--source', 'orders', '--models', 'last']);
    const last = new Map(r.models.last.map((row) => [row.channel, row]));
    expect(last.get('Douyin')).toMatchObject({ conversions: 1, value: 120 });
    expect(last.get('巨量引擎')).toMatchObject({ conversions: 1, value: 80 });
  });

  it('is used when asked for by name beside touchpoints and a paths export, which auto would take first', () => {
    const both = join(dir, 'both.roi');
    runJson(['import', spend, '--project', both]);
    runJson(['import', orders, '--project', both]);
    runJson(['import', write('touchpoints.csv', 'customer_id,timestamp,channel,event\nc1,2025-03-01 09:00,Baidu,touch\nc1,2025-03-01 10:00,Baidu,conversion\n'), '--project', both]);
    runJson(['import', write('paths.csv', 'path,conversions\nBaidu > 微信,3\n'), '--project', both]);
    expect(runJson<Result>(['attribution', '--project', both, '--models', 'last']).source).toBe('touchpoints');
    const asked = runJson<Result>(['attribution', '--project', both, '--source', 'orders', '--models', 'last']);
    expect(asked.source).toBe('orders');
    expect(asked.conversions).toBe(4);
    expect(runJson<Result>(['attribution', '--project', both, '--source', 'paths', '--models', 'last']).source).toBe('paths');
  });

  it('says what is missing when no order names a channel', () => {
    const bare = join(dir, 'bare.roi');
    runJson(['import', write('orders-bare.csv', 'order_id,customer_id,date,revenue\no1,c1,2025-03-01,10\n'), '--project', bare]);
    const r = runCli(['attribution', '--project', bare]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Touchpoints or Conversion paths or Orders with a Channel column/);
    // Named in the reader's language, not as the ids the error carries.
    expect(runCli(['attribution', '--project', bare, '--lang', 'zh-CN']).stderr).toContain('这项分析需要项目中还没有的数据：客户触点或转化路径或含“渠道”列的订单。');
  });
});
