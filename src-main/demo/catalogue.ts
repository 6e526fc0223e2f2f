/**
 * The fictional brand behind the demo: 山茶集 Camellia Lab, a tea and camellia-skincare
 * brand selling on Chinese platforms and, through Google Ads and Meta, abroad.
 * These are the fixed facts of the story; everything random lives in the simulators.
 */

export const BRAND = { zh: '山茶集', en: 'Camellia Lab' } as const;

export interface ChannelSpec {
  /** Stable key (used in the truth). */
  readonly key: string;
  /** The name as it appears in every exported file (identical across files on purpose). */
  readonly label: string;
  readonly zh: string;
  readonly en: string;
  /** Cost per thousand impressions (yuan) and click-through rate, for the spend report. */
  readonly cpm: number;
  readonly ctr: number;
  /** Share of this channel's journey touches logged as 曝光 (view) rather than 点击 (click). */
  readonly viewShare: number;
  /** The return on ad spend designed in (Markov-credited first-order value / spend). */
  readonly targetRoas: number;
  /** Always-on campaign name in the spend report (广告计划). */
  readonly campaign: string;
}

/**
 * Channel order is the row/column order of the true transition matrix (chain.ts).
 * ROAS design: Email and WeChat (owned, private-domain traffic) are efficient, Taobao
 * and Xiaohongshu earn their budget, Douyin breaks even, the export channels are slightly
 * under water and Baidu search wastes most of its budget.
 */
export const CHANNELS: readonly ChannelSpec[] = [
  { key: 'douyin', label: '抖音', zh: '抖音', en: 'Douyin', cpm: 25, ctr: 0.012, viewShare: 0.55, targetRoas: 1.1, campaign: '抖音-短视频种草' },
  { key: 'wechat', label: '微信', zh: '微信', en: 'WeChat', cpm: 40, ctr: 0.015, viewShare: 0.3, targetRoas: 3.5, campaign: '微信-朋友圈广告' },
  { key: 'xiaohongshu', label: '小红书', zh: '小红书', en: 'Xiaohongshu', cpm: 60, ctr: 0.025, viewShare: 0.45, targetRoas: 1.5, campaign: '小红书-达人笔记' },
  { key: 'baidu', label: '百度', zh: '百度', en: 'Baidu', cpm: 40, ctr: 0.03, viewShare: 0.05, targetRoas: 0.4, campaign: '百度-搜索推广' },
  { key: 'taobao', label: '淘宝', zh: '淘宝', en: 'Taobao', cpm: 35, ctr: 0.028, viewShare: 0.2, targetRoas: 2.2, campaign: '淘宝-直通车' },
  { key: 'email', label: 'Email', zh: '邮件', en: 'Email', cpm: 5, ctr: 0.025, viewShare: 0.5, targetRoas: 6, campaign: 'Email-会员月刊' },
  { key: 'google', label: 'Google Ads', zh: '谷歌广告', en: 'Google Ads', cpm: 45, ctr: 0.022, viewShare: 0.1, targetRoas: 0.9, campaign: 'Google-Search-Export' },
  { key: 'meta', label: 'Meta', zh: 'Meta', en: 'Meta', cpm: 35, ctr: 0.011, viewShare: 0.5, targetRoas: 0.75, campaign: 'Meta-Awareness-Export' },
];

/** Channels whose customers mostly live abroad (the export business). */
export const OVERSEAS_CHANNEL_KEYS: readonly string[] = ['google', 'meta'];

export interface ProductSpec {
  readonly zh: string;
  readonly en: string;
  readonly price: number;
  /** Relative popularity when filling a basket. */
  readonly weight: number;
  /** Multiplier on the chance of a 1–2 star review (the designed "problem product"). */
  readonly complaintRisk: number;
  /** Which review phrases fit it. */
  readonly category: 'tea' | 'skincare' | 'gift';
}

export const PRODUCTS: readonly ProductSpec[] = [
  { zh: '明前龙井礼盒 250g', en: 'Pre-Qingming Longjing Gift Box 250g', price: 398, weight: 5, complaintRisk: 1, category: 'gift' },
  { zh: '安吉白茶 125g', en: 'Anji White Tea 125g', price: 268, weight: 5, complaintRisk: 1, category: 'tea' },
  { zh: '正山小种红茶 200g', en: 'Lapsang Souchong Black Tea 200g', price: 168, weight: 7, complaintRisk: 1, category: 'tea' },
  { zh: '云南普洱熟茶饼 357g', en: 'Yunnan Ripe Pu-erh Cake 357g', price: 228, weight: 4, complaintRisk: 1, category: 'tea' },
  { zh: '茉莉花茶 100g', en: 'Jasmine Tea 100g', price: 88, weight: 9, complaintRisk: 1, category: 'tea' },
  { zh: '冷泡茶 12袋装', en: 'Cold Brew Tea 12 Bags', price: 59, weight: 10, complaintRisk: 1, category: 'tea' },
  { zh: '茶包试饮装 8袋', en: 'Tea Sampler 8 Bags', price: 19.9, weight: 8, complaintRisk: 1, category: 'tea' },
  { zh: '山茶花洁面乳 120ml', en: 'Camellia Facial Cleanser 120ml', price: 89, weight: 8, complaintRisk: 1, category: 'skincare' },
  { zh: '山茶花精华水 150ml', en: 'Camellia Essence Toner 150ml', price: 159, weight: 7, complaintRisk: 1, category: 'skincare' },
  { zh: '山茶籽油精华 30ml', en: 'Camellia Seed Oil Serum 30ml', price: 239, weight: 6, complaintRisk: 4, category: 'skincare' },
  { zh: '山茶花保湿面霜 50g', en: 'Camellia Moisturising Cream 50g', price: 199, weight: 6, complaintRisk: 1, category: 'skincare' },
  { zh: '绿茶清透面膜 5片', en: 'Green Tea Clarifying Masks x5', price: 69, weight: 8, complaintRisk: 1, category: 'skincare' },
  { zh: '茶多酚护手霜 50g', en: 'Tea Polyphenol Hand Cream 50g', price: 39, weight: 9, complaintRisk: 1, category: 'skincare' },
  { zh: '旅行装试用套装', en: 'Travel Trial Kit', price: 29.9, weight: 7, complaintRisk: 1, category: 'skincare' },
  { zh: '便携旅行茶具套装', en: 'Portable Travel Tea Set', price: 299, weight: 3, complaintRisk: 1, category: 'gift' },
];

/** Where domestic customers live (province and city), weighted roughly by online spending. */
export const REGIONS: readonly { readonly name: string; readonly weight: number }[] = [
  { name: '广东 深圳', weight: 9 },
  { name: '广东 广州', weight: 8 },
  { name: '上海', weight: 10 },
  { name: '北京', weight: 9 },
  { name: '浙江 杭州', weight: 8 },
  { name: '江苏 南京', weight: 5 },
  { name: '江苏 苏州', weight: 5 },
  { name: '四川 成都', weight: 6 },
  { name: '湖北 武汉', weight: 4 },
  { name: '福建 厦门', weight: 4 },
  { name: '福建 福州', weight: 3 },
  { name: '山东 青岛', weight: 3 },
  { name: '重庆', weight: 4 },
  { name: '陕西 西安', weight: 3 },
  { name: '湖南 长沙', weight: 3 },
  { name: '云南 昆明', weight: 2 },
];
export const OVERSEAS_REGION = '海外';

/** Member levels by revenue in the period (thresholds in yuan, highest first). */
export const MEMBER_LEVELS: readonly { readonly name: string; readonly minRevenue: number }[] = [
  { name: '钻石会员', minRevenue: 2000 },
  { name: '金卡会员', minRevenue: 800 },
  { name: '银卡会员', minRevenue: 300 },
  { name: '普通会员', minRevenue: 0 },
];

/** Review platforms; Amazon reviews are written in English, the others in Chinese. */
export const REVIEW_PLATFORMS: readonly { readonly name: string; readonly weight: number; readonly language: 'zh' | 'en' }[] = [
  { name: '淘宝', weight: 35, language: 'zh' },
  { name: '京东', weight: 20, language: 'zh' },
  { name: '小红书', weight: 15, language: 'zh' },
  { name: '抖音', weight: 15, language: 'zh' },
  { name: 'Amazon', weight: 15, language: 'en' },
];

/** Source written on repeat orders (no ad touch precedes them in the story). */
export const REPEAT_ORDER_SOURCE = 'Direct';
