/**
 * Names as a client reads them: attribution models and, in Chinese reports, the Chinese
 * names of the channels the importer stores under their canonical (English) names
 * (src-main/import/values/channel-aliases.ts). International platforms keep their names.
 */
import type { MessageKey } from '@shared/i18n/index.js';
import type { Formatter } from './format.js';

const ZH_CHANNELS: Readonly<Record<string, string>> = {
  Douyin: '抖音',
  WeChat: '微信',
  Baidu: '百度',
  Taobao: '淘宝',
  Xiaohongshu: '小红书',
  Kuaishou: '快手',
  Weibo: '微博',
  JD: '京东',
  Pinduoduo: '拼多多',
  Bilibili: '哔哩哔哩',
  Zhihu: '知乎',
  Email: '邮件',
  SMS: '短信',
  Direct: '直接访问',
  'Organic Search': '自然搜索',
  'Paid Search': '付费搜索',
  Referral: '引荐',
  Affiliate: '联盟推广',
  KOL: '达人',
  Offline: '线下',
};

export function channelLabel(channel: string, f: Formatter): string {
  return f.lang === 'zh-CN' ? (ZH_CHANNELS[channel] ?? channel) : channel;
}

export function modelLabel(model: string, f: Formatter): string {
  const key = `report.model.${model}` as MessageKey;
  const label = f.t(key);
  return label === key ? model : label;
}

/** A bilingual label ({en, zh}) in the report's language. */
export function bilingual(label: { en: string; zh: string }, f: Formatter): string {
  return f.lang === 'zh-CN' ? label.zh : label.en;
}
