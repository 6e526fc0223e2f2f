/**
 * The ad platform a spend report came from, recognised by headers only that platform
 * writes. Platform exports have no channel column (every row is the same channel), so
 * this is the natural default for the constant channel the user is asked for.
 * Returns a canonical channel name (as normaliseChannel spells it), or null.
 */
import { headerForm } from './header-form.js';

/** Each platform's telltale headers (compact form); at least MIN_HITS must be present. */
const SIGNATURES: readonly { channel: string; headers: readonly string[] }[] = [
  { channel: 'Google Ads', headers: ['impr', 'convvalue', 'costconv', 'currencycode', 'avgcpc', 'allconv', 'convrate', 'searchimprshare'] },
  { channel: 'Meta', headers: ['amountspent', 'reportingstarts', 'reportingends', 'linkclicks', 'adsetname', 'costperresult', 'resultindicator', 'purchasesconversionvalue'] },
  { channel: 'Douyin', headers: ['广告主id', '广告主名称', '广告计划', '广告计划id', '计划名称', '展示数', '消耗', '转化数', '深度转化数', '转化成本'] },
  { channel: 'WeChat', headers: ['曝光次数', '点击次数', '花费', '转化量', '广告名称', '广告id', '推广计划', '转化目标量'] },
  { channel: 'Taobao', headers: ['展现量', '点击量', '花费', '总成交金额', '总成交笔数', '投入产出比', '推广计划', '宝贝id'] },
];

const MIN_HITS = 3;

export function guessPlatform(headers: readonly string[]): string | null {
  const present = new Set(headers.map((h) => headerForm(h).bare));
  let best: { channel: string; hits: number } | null = null;
  for (const { channel, headers: telltales } of SIGNATURES) {
    const hits = telltales.filter((t) => present.has(t)).length;
    if (hits >= MIN_HITS && (!best || hits > best.hits)) best = { channel, hits };
  }
  return best?.channel ?? null;
}
