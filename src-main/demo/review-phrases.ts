/**
 * Phrase bank for the demo reviews. Every phrase carries one clear sentiment, so a
 * review's sentiment is known from its rating (4–5 positive, 3 neutral, 1–2 negative):
 * positive reviews never borrow a negative phrase and vice versa.
 */
import type { ProductSpec } from './catalogue.js';

type Category = ProductSpec['category'] | 'any';
type Bank = Readonly<Record<Category, readonly string[]>>;

export const POSITIVE: Readonly<Record<'zh' | 'en', Bank>> = {
  zh: {
    any: ['物流很快，第二天就到了', '包装很精致，送人很有面子', '性价比很高，已经推荐给朋友', '客服态度很好，耐心解答问题', '质量很好，和描述一致', '非常满意，会回购的'],
    tea: ['茶香浓郁，回甘明显', '口感清爽，冷泡也好喝', '茶叶很新鲜，条索完整'],
    skincare: ['用了一周皮肤水润了很多', '质地清爽不油腻，敏感肌也能用', '淡淡的茶香，用着很舒服'],
    gift: ['礼盒很大气，送长辈很合适', '做工精细，颜值很高'],
  },
  en: {
    any: ['Fast shipping, arrived in two days', 'Beautiful packaging, perfect as a gift', 'Great value for money', 'Customer service was friendly and helpful', 'Exactly as described, great quality', 'Love it, will definitely buy again'],
    tea: ['Rich aroma with a sweet aftertaste', 'Refreshing taste, great cold brewed too', 'The leaves are fresh and whole'],
    skincare: ['My skin feels so much more hydrated after a week', 'Light texture, not greasy, gentle on sensitive skin', 'Lovely subtle tea scent'],
    gift: ['The gift box looks premium, my parents loved it', 'Well made and really pretty'],
  },
};

export const NEGATIVE: Readonly<Record<'zh' | 'en', Bank>> = {
  zh: {
    any: ['物流太慢，等了一个多星期', '包装破损，盒子都压坏了', '价格偏贵，不值这个价', '客服回复很慢，问题也没解决', '和图片差距很大，很失望', '不会再买了'],
    tea: ['味道太淡了，感觉不新鲜', '茶叶碎末很多，喝起来发苦'],
    skincare: ['用了脸上起痘，敏感肌慎买', '有点过敏，涂完脸发红发痒', '太油腻了，吸收很差'],
    gift: ['礼盒做工粗糙，送人拿不出手'],
  },
  en: {
    any: ['Shipping took forever', 'The box arrived damaged', 'Overpriced, not worth the money', 'Customer service never solved my problem', 'Looks nothing like the pictures, disappointed', 'Will not buy again'],
    tea: ['Weak flavour, tastes stale', 'Mostly broken leaves and dust, bitter'],
    skincare: ['Broke me out, avoid if you have sensitive skin', 'Caused an allergic reaction, my face turned red and itchy', 'Far too greasy, does not absorb'],
    gift: ['The gift box feels cheap'],
  },
};

export const NEUTRAL: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: ['还行吧，中规中矩', '一般般，没有想象中好也不算差', '东西收到了，效果还要再观察', '普普通通，符合这个价位'],
  en: ['It is okay, nothing special', 'Average, about what I expected', 'Arrived fine, too early to tell', 'Decent for the price'],
};

/** Opening that names the product, used in some reviews. */
export function productMention(language: 'zh' | 'en', product: ProductSpec): string {
  return language === 'zh' ? `买的${product.zh}` : `Bought the ${product.en}`;
}
