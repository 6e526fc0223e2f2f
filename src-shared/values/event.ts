/**
 * Touchpoint event names → the two events attribution distinguishes. A journey is the
 * touches before a conversion, so anything a customer saw or did on the way (impression,
 * click, visit, view) is a touch, and anything that completes the goal (purchase, order,
 * payment, lead) is a conversion. Compared case-insensitively after NFKC and removing
 * spaces, `_` and `-` (`Page_View`, `page view` and `pageview` are one).
 */
const TOUCH = [
  'touch', 'touchpoint', 'click', 'clicks', 'adclick', 'impression', 'impressions', 'imp', 'visit', 'visits',
  'view', 'pageview', 'session', 'sessionstart', 'engagement', 'open', 'emailopen', 'landing',
  'addtocart', 'cart', 'favorite', 'wishlist', 'share',
  '加购', '加入购物车', '收藏', '分享',
  '曝光', '展示', '展现', '点击', '访问', '浏览', '触点', '触达', '到访', '进店', '观看',
];
const CONVERSION = [
  'conversion', 'conversions', 'conv', 'convert', 'converted', 'purchase', 'purchased', 'order', 'ordered',
  'sale', 'sales', 'transaction', 'checkout', 'paid', 'payment', 'pay', 'lead', 'signup', 'register',
  '成交', '转化', '购买', '下单', '支付', '付款', '订单', '留资', '线索', '注册',
];

const EVENT_OF = new Map<string, 'touch' | 'conversion'>([
  ...TOUCH.map((k) => [k, 'touch'] as const),
  ...CONVERSION.map((k) => [k, 'conversion'] as const),
]);

export function parseEvent(raw: string): 'touch' | 'conversion' | null {
  const s = /[^\x20-\x7e]/.test(raw) ? raw.normalize('NFKC') : raw;
  return EVENT_OF.get(s.toLowerCase().replace(/[\s_-]+/g, '')) ?? null;
}
