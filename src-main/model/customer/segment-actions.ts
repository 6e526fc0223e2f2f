/**
 * Names and recommended actions of the RFM segments, in both languages. The action codes
 * are stable identifiers (for exports and CRM tags); the texts are for people.
 */
import type { Bilingual } from '@shared/bilingual.js';

export type { Bilingual } from '@shared/bilingual.js';
import { EN_SEGMENTS, ZH_SEGMENTS } from '@shared/analyses/segments.result.js';
import type { EnSegment, ZhSegment } from '@shared/analyses/segments.result.js';

export { EN_SEGMENTS, ZH_SEGMENTS };
export type { EnSegment, ZhSegment };

export interface SegmentInfo {
  label: Bilingual;
  action: string;
  actionText: Bilingual;
}

const info = (en: string, zh: string, action: string, actionEn: string, actionZh: string): SegmentInfo => ({
  label: { en, zh },
  action,
  actionText: { en: actionEn, zh: actionZh },
});

export const EN_SEGMENT_INFO: Readonly<Record<EnSegment, SegmentInfo>> = {
  champions: info('Champions', '冠军客户', 'reward', 'Reward them: early access, loyalty perks; ask for reviews and referrals.', '重点奖励：新品抢先体验、会员专属权益，邀请评价与转介绍。'),
  loyalCustomers: info('Loyal Customers', '忠诚客户', 'upsell', 'Upsell higher-value products and keep them in the loyalty programme.', '向上销售更高价值的商品，保持会员计划中的活跃。'),
  potentialLoyalists: info('Potential Loyalists', '潜在忠诚客户', 'membership', 'Offer membership or loyalty rewards and recommend related products.', '邀请加入会员或积分计划，推荐相关商品。'),
  newCustomers: info('New Customers', '新客户', 'onboard', 'Onboard them: welcome series, usage tips, a reason for a second order.', '新客引导：欢迎礼包、使用指南，给出第二次购买的理由。'),
  promising: info('Promising', '有潜力客户', 'buildAwareness', 'Build awareness: samples, trials, content about the brand.', '提升品牌认知：试用装、体验活动、品牌内容。'),
  needAttention: info('Need Attention', '需要关注', 'limitedOffer', 'Limited-time offers and recommendations based on past purchases.', '限时优惠，并根据历史购买推荐商品。'),
  aboutToSleep: info('About to Sleep', '即将沉睡', 'reactivate', 'Reconnect before they lapse: popular products, a modest discount.', '在流失前重新联系：推送热门商品和适度折扣。'),
  atRisk: info('At Risk', '流失风险', 'winBackPersonal', 'Personal outreach and tailored offers to win them back.', '个性化沟通与定制优惠，争取挽回。'),
  cantLoseThem: info("Can't Lose Them", '不能失去', 'winBackPriority', 'Top-priority win-back: direct contact, best offers, ask what went wrong.', '最优先挽回：直接联系、给出最优条件，了解流失原因。'),
  hibernating: info('Hibernating', '沉睡客户', 'lowCostReactivate', 'Low-cost reactivation: relevant products, occasional special discounts.', '低成本唤醒：相关商品推荐，偶尔的特别折扣。'),
  lost: info('Lost', '已流失', 'suppress', 'One last reactivation attempt, then leave them out of paid campaigns.', '做最后一次唤醒尝试，之后不再投放付费营销。'),
};

export const ZH_SEGMENT_INFO: Readonly<Record<ZhSegment, SegmentInfo>> = {
  importantValue: info('Important value', '重要价值客户', 'vipCare', 'Keep them delighted: VIP service and exclusive benefits.', '重点维护：提供 VIP 服务与专属权益，保持满意度。'),
  importantDevelop: info('Important to develop', '重要发展客户', 'increaseFrequency', 'Raise purchase frequency: points, repeat-purchase incentives, cross-selling.', '提升购买频次：积分、复购激励、交叉销售。'),
  importantKeep: info('Important to keep', '重要保持客户', 'reengage', 'They bought often but not lately: proactive care and a personal call.', '购买频繁但近期未购：主动关怀回访。'),
  importantRetain: info('Important to win back', '重要挽留客户', 'winBack', 'High spend, long gone: win them back with an exclusive offer.', '消费高但久未购买：用专属优惠重点挽留。'),
  generalValue: info('General value', '一般价值客户', 'upsell', 'Raise order value: premium products and bundles.', '提升客单价：推荐高价值商品与搭配组合。'),
  generalDevelop: info('General to develop', '一般发展客户', 'nurture', 'Nurture: guidance after the first purchase, entry-level offers.', '培育：首购后的引导与入门级优惠。'),
  generalKeep: info('General to keep', '一般保持客户', 'lightTouch', 'Keep in touch at low cost with routine campaigns.', '以常规营销低成本保持联系。'),
  generalRetain: info('General to win back', '一般挽留客户', 'lowPriority', 'Low priority: control marketing cost, occasional low-cost reactivation.', '低优先级：控制营销成本，偶尔低成本唤醒。'),
};
