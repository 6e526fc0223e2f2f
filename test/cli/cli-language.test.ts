/**
 * The CLI speaks the user's language all the way through (a zh-CN user walking the demo
 * found English headings, model lines and raw codes such as `at-lower-bound`): every
 * command's text on the demo project, in Chinese, holds no English beyond what is a
 * name (files, channels, products, reviews) or a term Chinese marketers write in Latin
 * letters (ROAS, RFM, BG/NBD…), and each former leftover now reads as words.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { buildDemo } from '../helpers/demo.js';

/** Latin words a Chinese reader is meant to see: names from the data and terms written in Latin letters in Chinese too. */
const NAMES_AND_TERMS = new Set([
  // channels that keep their names, as written in the data (the demo's 'Direct' and 'Email' rows)
  'Google', 'Ads', 'Meta', 'Direct', 'Email',
  // measures and models
  'ROAS', 'ROI', 'RFM', 'BG/NBD', 'Gamma-Gamma', 'MAE', 'RMSE', 'adstock',
  // encodings and file formats
  'UTF-', 'BOM', 'xlsx',
]);
const FILE_NAME = /^[\w-]+\.(csv|xlsx)$/;

function englishIn(text: string): string[] {
  const words = text.match(/[A-Za-z][A-Za-z./-]{2,}/g) ?? [];
  return [...new Set(words)].filter((w) => !NAMES_AND_TERMS.has(w) && !FILE_NAME.test(w));
}

const zh = (project: string, args: string[]): string => {
  const r = runCli([...args, '--project', project, '--lang', 'zh-CN']);
  if (r.code !== 0) throw new Error(`roi-studio ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
};

describe('the CLI in Chinese', () => {
  let project: string;
  beforeAll(() => {
    project = buildDemo().project;
    runJson(['goal', 'add', '--project', project, '--type', 'revenue', '--target', '500000', '--from', '2025-10-01', '--to', '2025-12-31']);
  });

  it('leaves no English in any command’s text on the demo, names and Latin-letter terms aside', () => {
    const commands = [
      ['datasets'],
      ['channels'],
      ['goal', 'list'],
      ['ltv', '--calibration-end', '2025-09-30', '--holdout-end', '2025-12-31'],
      ['funnel', '--steps', '看,点击'],
      ['attribution', '--source', 'paths', '--models', 'last,markov,time-decay'],
      ['segments'],
      ['cohorts'],
      ['basket'],
      ['mmm'],
    ];
    for (const args of commands) expect(englishIn(zh(project, args)), args.join(' ')).toEqual([]);
  });

  it('heads the datasets, channels and goals tables in Chinese and names kinds, channels, goal types and analyses', () => {
    const datasets = zh(project, ['datasets']);
    expect(datasets.split('\n')[0]).toMatch(/^编号\s+类型\s+文件\s+编码\s+读取行数.*导入时间$/);
    expect(datasets).toMatch(/\n1\s+广告花费\s+spend\.csv/);
    const channels = zh(project, ['channels']);
    expect(channels.split('\n')[0]).toMatch(/^数据中的名称\s+导入时识别为\s+计入渠道/);
    // 百度 as written, read as Baidu, shown as 百度; its rows by kind in words.
    expect(channels).toMatch(/\n百度\s+百度\s+百度\s+广告花费 365、客户触点 \d+/);
    const goals = zh(project, ['goal', 'list']);
    expect(goals.split('\n')[0]).toMatch(/^编号\s+目标\s+期间\s+基线\s+当前\s+目标值\s+进度\s+相关分析\s+缺少的数据$/);
    expect(goals).toMatch(/\n1\s+销售额\s+2025-10-01 – 2025-12-31 .*渠道归因、客户终身价值/);
  });

  it('words the LTV fit, its verdict and the customers at risk', () => {
    const fitted = zh(project, ['ltv', '--calibration-end', '2025-09-30', '--holdout-end', '2025-12-31']);
    expect(fitted).toMatch(/^[\d,]+ 位客户，其中 [\d,]+ 位有复购（校准期截至 2025-09-30）/);
    expect(fitted).toMatch(/\nBG\/NBD（客户多久购买一次、何时不再购买）：r = [\d.]+，α = [\d.]+，a = [\d.]+，b = [\d.]+；对数似然 -[\d.]+\n/);
    expect(fitted).toMatch(/\n未来 52 周的客户终身价值（毛利率 30%）：合计 [\d,]+，人均 [\d,]+\n/);
    expect(fitted).toMatch(/\n有流失风险的高价值客户：[\d,]+ 位\n/);
    // Too few customers: no CLV, and why, in the screens' words rather than check codes.
    const dir = tempDir('roi-zh-ltv-');
    const orders = join(dir, 'orders.csv');
    writeFileSync(orders, 'customer_id,date,revenue\nc1,2025-01-01,10\nc2,2025-01-05,20\nc1,2025-02-01,15\nc3,2025-03-01,5\n');
    const tiny = join(dir, 'tiny.roi');
    runJson(['import', orders, '--project', tiny]);
    const refused = zh(tiny, ['ltv', '--calibration-end', '2025-03-01']);
    expect(refused).toContain('数据太少，未运行，不报告客户终身价值。需要：\n  - 现有 3 位客户；至少需要 10 位。');
    expect(refused).not.toMatch(/repeatCustomers|historyWeeks|needs/);
  });

  it('says a funnel nobody entered, and the attribution result’s codes, in words', () => {
    expect(zh(project, ['funnel', '--steps', '看,点击'])).toMatch(/\n没有客户到达“看”。此项目中的事件名称：.*点击/);
    const attribution = zh(project, ['attribution', '--source', 'paths', '--models', 'last,markov,time-decay']);
    expect(attribution).toContain('(时间衰减需要每个触点的时间；');
    expect(attribution).toContain('各模型分歧较大（功劳占比相差超过 10 个百分点）：');
    expect(attribution).toMatch(/\n {2}抖音：末次触点 [\d.]+% … 马尔可夫链 [\d.]+%\n {4}- 抖音起助攻作用：/);
    expect(attribution).toMatch(/\n百度\s+[\d,]+\s+[\d,]+\s+-[\d,]+\s+低于保本线、已达 −30% 下限/);
    expect(attribution).not.toMatch(/at-lower-bound|below-break-even|mostly-closer|time-decay-needs-timestamps|Note \(/);
  });

  it('heads review sentiment with the screens’ and the report’s words', () => {
    const text = zh(project, ['sentiment']);
    expect(text).toMatch(/^[\d,]+ 条评价 · 好评 [\d.]+% · 中评 [\d.]+% · 差评 [\d.]+% · 净情感 [+-][\d.]+\n/);
    expect(text).toMatch(/\n月份\s+评价数\s+好评\s+中评\s+差评\s+净情感\n/);
    expect(text).toMatch(/\n客户称赞：.+。\n客户抱怨：.+。\n/);
  });

  it('refuses bad flags in Chinese, naming the flag and what it takes', () => {
    const refused = (args: string[]): string => {
      const r = runCli([...args, '--project', project, '--lang', 'zh-CN']);
      expect(r.code, args.join(' ')).not.toBe(0);
      return r.stderr;
    };
    expect(refused(['ltv', '--margin', '2', '--calibration-end', '2025-01-01'])).toContain('--margin 必须是 0 到 1 之间的数，收到的是“2”。');
    expect(refused(['segments', '--k', '9'])).toContain('--k 只能是 auto|2…8 之一，收到的是“9”。');
    expect(refused(['sentiment', '--from', '2025-02-01', '--to', '2025-01-01'])).toContain('--from 2025-02-01 晚于 --to 2025-01-01。');
    expect(refused(['datasets', '--bogus'])).toContain('这里没有 --bogus 这个选项。用法：roi-studio datasets');
    expect(refused(['funnel', '--steps', 'a'])).toContain('--steps 至少需要两个步骤');
    expect(refused(['mmm', '--bounds', 'x'])).toContain('--bounds 是近期每周花费的两个倍数');
    expect(refused(['goal', 'add', '--type', 'sales', '--target', '1', '--from', '2025-01-01', '--to', '2025-02-01'])).toMatch(/--type 只能是 new-customers\|.*之一，收到的是“sales”。/);
    expect(refused(['goal', 'add', '--type', 'revenue', '--target', '1', '--from', '2025-13-01', '--to', '2025-02-01'])).toContain('--from 必须是日期，例如 2025-01-31，收到的是“2025-13-01”。');
    expect(runCli(['nope', '--lang', 'zh-CN']).stderr).toMatch(/^roi-studio: 没有“nope”这个命令。\n用法：roi-studio <命令> \[选项\]/);
  });
});
