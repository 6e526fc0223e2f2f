/**
 * Channel names as a reader sees them. The importer stores every channel under one
 * canonical (English) name (src-shared/values/channel-aliases.ts) so spellings add up;
 * Chinese readers know the domestic platforms and channel types by their Chinese names.
 * International platforms (Google Ads, Meta, TikTok…) keep their names: that is how
 * Chinese marketers write them too.
 */
import type { Lang } from './index.js';

/** Canonical name → Chinese name; channels.test.ts keeps it in step with the importer's aliases. */
const ZH_NAMES: Readonly<Record<string, string>> = {
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
  Search: '搜索',
  Referral: '引荐',
  Affiliate: '联盟推广',
  KOL: '达人',
  Offline: '线下',
  TV: '电视',
  OOH: '户外',
  Print: '平面媒体',
  Radio: '电台',
};
/** A Map, not the object: a channel called `constructor` or `toString` must not find Object.prototype. */
export const ZH_CHANNELS: ReadonlyMap<string, string> = new Map(Object.entries(ZH_NAMES));

/** The name to show for a stored channel: only display text, never a key to look data up by. */
export function channelName(lang: Lang, channel: string): string {
  return lang === 'zh-CN' ? (ZH_CHANNELS.get(channel) ?? channel) : channel;
}

/** `name` is how one of the app's languages writes `channel` (抖音 for Douyin): a translation, not another spelling to point out. */
export function isChannelsOwnName(channel: string, name: string): boolean {
  return name === channel || name === ZH_CHANNELS.get(channel);
}
