import { describe, expect, it } from 'vitest';
import { CHANNEL_ALIASES } from '@shared/values/channel-aliases.js';
import { normaliseChannel } from '@shared/values/channel.js';
import { channelName, ZH_CHANNELS } from './channels.js';

/** International platforms Chinese marketers write in English too, though the importer knows a Chinese nickname (谷歌, 脸书…). */
const KEEPS_ITS_NAME = ['Google Ads', 'Microsoft Ads', 'Meta', 'TikTok', 'YouTube', 'LinkedIn'];
const hasChinese = (s: string): boolean => /\p{Script=Han}/u.test(s);

describe('channelName', () => {
  it('gives domestic platforms and channel types their Chinese names in zh-CN', () => {
    expect(channelName('zh-CN', 'Douyin')).toBe('抖音');
    expect(channelName('zh-CN', 'WeChat')).toBe('微信');
    expect(channelName('zh-CN', 'Xiaohongshu')).toBe('小红书');
    expect(channelName('zh-CN', 'Organic Search')).toBe('自然搜索');
    expect(channelName('zh-CN', 'Direct')).toBe('直接访问');
    // A marketing-mix sheet's search_S: search not said to be paid or organic.
    expect(channelName('zh-CN', 'Search')).toBe('搜索');
  });

  it('leaves unknown and international names as they are', () => {
    for (const name of ['Google Ads', 'Meta', 'Foo', '(none)', '', 'douyin', 'constructor', 'toString', '__proto__']) {
      expect(channelName('zh-CN', name)).toBe(name);
    }
  });

  it('never changes a name in English', () => {
    for (const name of [...ZH_CHANNELS.keys(), 'Google Ads', 'Foo', 'toString']) expect(channelName('en', name)).toBe(name);
  });

  it('shows names the importer reads back as the same channel (a zh-CN export re-imported adds up)', () => {
    for (const [canonical, zh] of ZH_CHANNELS) expect(normaliseChannel(zh), zh).toBe(canonical);
  });
});

describe('the Chinese names and the importer aliases stay in step', () => {
  it('names every canonical channel with a Chinese spelling, international platforms aside', () => {
    const withChinese = Object.entries(CHANNEL_ALIASES)
      .filter(([canonical, aliases]) => aliases.some(hasChinese) && !KEEPS_ITS_NAME.includes(canonical))
      .map(([canonical]) => canonical);
    expect(withChinese.length).toBeGreaterThan(10);
    for (const canonical of withChinese) expect(hasChinese(channelName('zh-CN', canonical)), canonical).toBe(true);
  });

  it('has no Chinese name for a channel the importer no longer produces', () => {
    for (const canonical of ZH_CHANNELS.keys()) expect(Object.keys(CHANNEL_ALIASES), canonical).toContain(canonical);
    for (const canonical of KEEPS_ITS_NAME) {
      expect(Object.keys(CHANNEL_ALIASES), canonical).toContain(canonical);
      expect(channelName('zh-CN', canonical)).toBe(canonical);
    }
  });
});
