/**
 * Canonical marketing-channel names and the spellings that mean them. Keys are compared
 * after NFKC, lower-casing and removing spaces, `-`, `_`, `.`, `·` and brackets, so
 * `Google-Ads`, `google_ads` and `ＧｏｏｇｌｅＡｄｓ` are one entry. Chinese platform
 * names map to the consumer brand a marketer budgets for (巨量引擎 is how Douyin ads are
 * bought; 直通车/万相台 are Taobao's ad products).
 */
export const CHANNEL_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Douyin: ['抖音', 'douyin', '巨量引擎', '巨量广告', '巨量千川', '千川', 'oceanengine', '今日头条', '头条', 'toutiao', '穿山甲'],
  WeChat: ['微信', 'wechat', 'weixin', '微信广告', '朋友圈', '朋友圈广告', '公众号', '视频号', '小程序', '腾讯广告', 'tencentads', '广点通'],
  Baidu: ['百度', 'baidu', '百度推广', '百度搜索', '百度信息流', '百度营销'],
  Taobao: ['淘宝', '天猫', 'taobao', 'tmall', '直通车', '万相台', '引力魔方', '阿里妈妈', 'alimama', '超级推荐', '钻展'],
  Xiaohongshu: ['小红书', 'xiaohongshu', 'red', 'rednote', 'xhs', '聚光', '蒲公英'],
  Kuaishou: ['快手', 'kuaishou', '磁力引擎', '磁力金牛'],
  Weibo: ['微博', 'weibo', '新浪微博', 'sinaweibo', '粉丝通'],
  JD: ['京东', 'jd', 'jingdong', 'jdcom', '京准通', '京东快车'],
  Pinduoduo: ['拼多多', 'pinduoduo', 'pdd', '多多搜索', '多多场景'],
  Bilibili: ['哔哩哔哩', 'b站', 'bilibili', '花火'],
  Zhihu: ['知乎', 'zhihu'],
  'Google Ads': ['google', 'googleads', 'adwords', 'googleadwords', 'gads', '谷歌', '谷歌广告'],
  'Microsoft Ads': ['bing', 'bingads', 'microsoftads', 'microsoftadvertising', '必应'],
  Meta: ['facebook', 'meta', 'instagram', 'fb', 'ig', 'facebookads', 'metaads', 'instagramads', '脸书'],
  TikTok: ['tiktok', 'tiktokads', 'tiktokforbusiness'],
  YouTube: ['youtube', 'yt', '油管'],
  LinkedIn: ['linkedin', '领英'],
  Email: ['email', 'e-mail', 'mail', 'edm', '邮件', '电子邮件', '邮件营销', 'newsletter'],
  SMS: ['sms', '短信', '短信营销', 'text message'],
  Direct: ['direct', '直接访问', '直接', '直接流量', 'directtraffic', 'typein'],
  'Organic Search': ['organic', 'seo', '自然搜索', '自然流量', 'organicsearch', '搜索引擎优化'],
  'Paid Search': ['sem', 'ppc', 'cpc', 'paidsearch', '付费搜索', '搜索推广', '搜索广告'],
  // Search not said to be paid or organic, as a marketing-mix sheet names it (Robyn's search_S).
  Search: ['search', 'searchengine', '搜索', '搜索引擎'],
  Referral: ['referral', '推荐', '外部链接', '引荐'],
  Affiliate: ['affiliate', 'affiliates', '联盟', '淘宝客', '淘客', 'cps', '分销'],
  KOL: ['kol', 'koc', 'influencer', '达人', '网红', '红人'],
  Offline: ['offline', '线下', '门店', '地推'],
  // Classic media, as a marketing-mix sheet names its spend columns (Robyn's tv_S, ooh_S, print_S).
  TV: ['tv', 'television', 'ctv', 'ott', '电视', '电视广告', '电视台'],
  OOH: ['ooh', 'outofhome', 'outdoor', 'billboard', 'billboards', '户外', '户外广告', '楼宇', '分众', '电梯广告'],
  Print: ['print', 'newspaper', 'magazine', '报纸', '杂志', '平面', '平面媒体', '纸媒'],
  Radio: ['radio', '广播', '电台'],
};

/** Endings that name the same channel's ad product (`Baidu Ads`, `微博广告`). */
export const CHANNEL_SUFFIXES = ['advertising', 'ads', 'ad', 'marketing', '广告', '推广', '投放', '营销', '平台'];
