/**
 * Where common event names sit in a marketing funnel, 0 (first seen) … 6 (converted):
 * the default step order comes from this vocabulary (曝光 → 点击 → 转化, impression → click →
 * conversion), not from a sample of the data — in a large log the first rows can be in any
 * order (a 1M-row file gave 点击 → 曝光 → 转化: issue 14 finding 12). Names are compared like
 * values/event.ts does: lower case, NFKC, without spaces, `_` and `-`.
 */
const STAGES: readonly (readonly string[])[] = [
  ['impression', 'impressions', 'imp', 'exposure', 'reach', '曝光', '展示', '展现', '触达'],
  ['view', 'pageview', 'videoview', '浏览', '观看'],
  ['click', 'clicks', 'adclick', 'open', 'emailopen', '点击'],
  ['visit', 'visits', 'session', 'sessionstart', 'landing', 'engagement', '访问', '到访', '进店'],
  ['addtocart', 'cart', 'favorite', 'wishlist', 'lead', 'signup', 'register', '加购', '加入购物车', '收藏', '留资', '线索', '注册'],
  ['checkout', 'ordered', 'order', '下单', '订单'],
  ['conversion', 'conversions', 'conv', 'convert', 'converted', 'purchase', 'purchased', 'sale', 'sales', 'transaction', 'paid', 'payment', 'pay', '成交', '转化', '购买', '支付', '付款'],
];

export const LAST_FUNNEL_STAGE = STAGES.length - 1;

const STAGE_OF = new Map<string, number>(STAGES.flatMap((names, stage) => names.map((n) => [n, stage] as const)));

/** The funnel stage of an event name, or null when the vocabulary does not know it. */
export function funnelStage(name: string): number | null {
  const s = /[^\x20-\x7e]/.test(name) ? name.normalize('NFKC') : name;
  return STAGE_OF.get(s.toLowerCase().replace(/[\s_-]+/g, '')) ?? null;
}
