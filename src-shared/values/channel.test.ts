import { describe, it, expect } from 'vitest';
import { normaliseChannel } from './channel.js';

describe('normaliseChannel', () => {
  it.each([
    ['抖音', 'Douyin'],
    ['douyin', 'Douyin'],
    ['DouYin', 'Douyin'],
    ['巨量引擎', 'Douyin'],
    ['OceanEngine', 'Douyin'],
    ['Ocean Engine', 'Douyin'],
    ['微信', 'WeChat'],
    ['wechat', 'WeChat'],
    ['Weixin', 'WeChat'],
    ['微信广告', 'WeChat'],
    ['朋友圈', 'WeChat'],
    ['百度', 'Baidu'],
    ['BAIDU', 'Baidu'],
    ['淘宝', 'Taobao'],
    ['天猫', 'Taobao'],
    ['Tmall', 'Taobao'],
    ['直通车', 'Taobao'],
    ['万相台', 'Taobao'],
    ['小红书', 'Xiaohongshu'],
    ['RED', 'Xiaohongshu'],
    ['快手', 'Kuaishou'],
    ['微博', 'Weibo'],
    ['京东', 'JD'],
    ['jd', 'JD'],
    ['google', 'Google Ads'],
    ['Google Ads', 'Google Ads'],
    ['google_ads', 'Google Ads'],
    ['AdWords', 'Google Ads'],
    ['Facebook', 'Meta'],
    ['META', 'Meta'],
    ['instagram', 'Meta'],
    ['fb', 'Meta'],
    ['email', 'Email'],
    ['E-mail', 'Email'],
    ['邮件', 'Email'],
    ['EDM', 'Email'],
    ['direct', 'Direct'],
    ['直接访问', 'Direct'],
    ['organic', 'Organic Search'],
    ['SEO', 'Organic Search'],
    ['自然搜索', 'Organic Search'],
    ['搜索', 'Search'],
    ['Search', 'Search'],
    ['搜索推广', 'Paid Search'],
    ['搜索引擎优化', 'Organic Search'],
    ['百度搜索', 'Baidu'],
    ['affiliate', 'Affiliate'],
    ['联盟', 'Affiliate'],
    ['TikTok', 'TikTok'],
    ['tiktok', 'TikTok'],
    // full width, stray spaces, ad-product endings, containment
    ['ＧＯＯＧＬＥ', 'Google Ads'],
    ['  抖音  ', 'Douyin'],
    ['Baidu Ads', 'Baidu'],
    ['微博广告', 'Weibo'],
    ['TikTok Ads', 'TikTok'],
    ['淘宝直通车', 'Taobao'],
    ['百度信息流', 'Baidu'],
    ['抖音-信息流', 'Douyin'],
    // web analytics forms
    ['google / cpc', 'Google Ads'],
    ['baidu / organic', 'Organic Search'],
    ['(direct) / (none)', 'Direct'],
    ['m.facebook.com', 'Meta'],
    ['www.baidu.com', 'Baidu'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseChannel(raw)).toBe(expected);
  });

  it('gives unknown ASCII channels one spelling whatever their case and spacing', () => {
    expect(normaliseChannel('email  Blast')).toBe('Email Blast');
    expect(normaliseChannel('EMAIL BLAST')).toBe('Email Blast');
    expect(normaliseChannel('spring promo')).toBe('Spring Promo');
    expect(normaliseChannel('Partner   Network ')).toBe('Partner Network');
  });

  it('keeps mixed-case words and Chinese unknowns as written', () => {
    expect(normaliseChannel('iPhone launch')).toBe('iPhone Launch');
    expect(normaliseChannel('地铁 广告牌')).toBe('地铁 广告牌');
    expect(normaliseChannel('ｅｘａｍｐｌｅ.com')).toBe('Example');
  });
});
