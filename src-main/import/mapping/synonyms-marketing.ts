/**
 * Header names of the marketing roles, in Chinese and English, with the real headers of
 * Google Ads (`Cost`, `Impr.`, `Conv. value`), Meta Ads Manager (`Amount spent (USD)`,
 * `Link clicks`, `Results`, `Purchases conversion value`), 巨量引擎 (`消耗`, `展示数`,
 * `转化数`, `广告计划`), 微信/腾讯广告 (`花费`, `曝光次数`, `点击次数`, `转化量`), 淘宝直通车
 * and 生意参谋 (`花费`, `展现量`, `点击量`, `总成交金额`, `流量来源`, `访客数`, `支付金额`),
 * Google Analytics (`Default channel grouping`, `Source / Medium`) and the
 * ChannelAttribution path format (`path`, `total_conversions`, `total_null`).
 */
import { weighted } from './synonym.js';
import type { Synonym } from './synonym.js';

export const MARKETING_SYNONYMS: Readonly<Record<string, readonly Synonym[]>> = {
  channel: [
    'channel', 'channels', 'channel name', 'marketing channel', 'default channel grouping', 'session default channel group',
    '渠道', '渠道名称', '投放渠道', '推广渠道', '营销渠道', '广告渠道', '媒体', '媒体渠道', '媒体名称', '投放媒体', '渠道类型',
    ...weighted(0.95, 'publisher platform', '投放平台', '广告平台', '渠道来源', '来源渠道', 'channel grouping'),
    ...weighted(0.9, 'utm source', '流量来源', 'traffic source', 'source / medium', 'source medium'),
    ...weighted(0.85, 'platform', 'media', 'source', '平台', '来源', '访客来源', '媒体平台'),
    ...weighted(0.75, 'medium', 'utm medium', 'network', '来源明细'),
  ],
  platform: [
    'platform', '平台', 'review platform', 'review source', '评价来源', '评论来源', '评价平台',
    ...weighted(0.85, 'channel', 'source', '渠道', '来源'),
    ...weighted(0.8, 'site', 'website', '网站', '电商平台'),
    ...weighted(0.7, 'store', 'shop', '店铺', '店铺名称'),
  ],
  campaign: [
    'campaign', 'campaign name', 'campaigns', 'utm campaign', '广告系列', '广告系列名称', '推广计划', '推广计划名称',
    '广告计划', '广告计划名称', '计划', '计划名称', '计划名', '活动', '活动名称', '营销活动', '营销活动名称', '推广活动',
    ...weighted(0.85, '广告名称', 'campaign id', '计划id', '广告计划id'),
    ...weighted(0.75, 'ad set name', 'ad set', 'ad group', 'adgroup', '广告组', '广告组名称', '推广单元', '单元'),
    ...weighted(0.6, 'ad name', 'ad', '广告', '创意', '创意名称'),
  ],
  spend: [
    'spend', 'cost', 'amount spent', 'spent', 'ad spend', 'ad cost', 'media cost', 'media spend', 'total spend', 'total cost',
    'spend amount', 'cost amount', 'advertising cost', 'marketing spend', 'investment',
    '花费', '费用', '消耗', '消费', '投放金额', '投放费用', '投放花费', '投放消耗', '广告费', '广告费用', '广告花费', '广告消耗',
    '推广费', '推广费用', '推广花费', '营销费用', '总花费', '总消耗', '总费用', '花费金额', '消耗金额', '实际消耗', '账户消耗',
    '投入金额', '实际花费', '已花费金额', '每日花费', '每日消耗', '日花费', '日消耗', '当日花费', '当日消耗',
    ...weighted(0.95, '现金消耗', '现金花费'),
    ...weighted(0.8, '成本', '投入', 'amount'),
  ],
  impressions: [
    'impressions', 'impression', 'impr', 'imps', 'impr.', '展示数', '展示量', '展示次数', '展现量', '展现数', '展现次数',
    '曝光', '曝光量', '曝光数', '曝光次数', '展示', '展现', '广告展示次数',
    ...weighted(0.7, 'views', 'page views', '浏览量', 'pv', 'reach', '覆盖人数'),
  ],
  clicks: [
    'clicks', 'click', 'link clicks', '点击', '点击数', '点击量', '点击次数', '有效点击', '广告点击次数',
    ...weighted(0.85, 'outbound clicks', 'unique link clicks', 'unique clicks', '链接点击量', 'interactions'),
    ...weighted(0.7, 'sessions', 'visits', 'visitors', 'users', '访客数', '访问量', '访问次数', 'uv', '进店人数'),
  ],
  conversions: [
    'conversions', 'conversion', 'conv', 'convs', 'total conversions', 'conversion count',
    '转化', '转化数', '转化量', '转化次数', '转化目标量', '目标转化量', '转化人数',
    ...weighted(0.9, 'purchases', 'purchase', 'website purchases', '成交数', '成交笔数', '总成交笔数', '成交订单数', '支付订单数', '支付买家数'),
    ...weighted(0.85, 'results', '成效', 'all conv', 'all conversions', 'transactions', 'orders', '订单数', '订单量', '购买次数', '下单数'),
    ...weighted(0.7, '深度转化数', '支付件数', 'leads', '线索数', '表单提交数'),
  ],
  revenue: [
    'revenue', 'sales', 'total sales', 'gross sales', 'conv value', 'conversion value', 'conversions value',
    'total conversion value', 'purchases conversion value', 'purchase conversion value', 'purchase value', 'gmv',
    'order total', 'order amount', 'total', 'total price', 'total amount', 'sales amount',
    '销售额', '营业额', '营收', '收入', '成交金额', '成交额', '交易金额', '支付金额', '实付金额', '实收金额', '买家实付金额',
    '订单金额', '订单总额', '订单总金额', '总金额', '销售金额', '转化价值', '转化金额', '总成交金额', '购物转化价值', '购买转化价值', '付款金额', '实付款', '买家实际支付金额', '买家实付款',
    ...weighted(0.95, 'website purchases conversion value', 'net sales'),
    ...weighted(0.9, '金额', 'subtotal', '小计', 'amount', 'value', '价值'),
    ...weighted(0.85, 'all conv value', '买家应付货款', '下单金额', '直接成交金额', '应付金额', '商品金额', '销售收入'),
  ],
  value: [
    'value', 'conversion value', 'conv value', 'total conversion value', 'conversion values', 'conversion revenue',
    '价值', '转化价值', '转化金额', '转化收入',
    ...weighted(0.85, 'revenue', 'amount', 'sales', 'order value', 'purchase value', '收入', '金额', '订单金额', '销售额', '成交金额', '支付金额'),
    ...weighted(0.7, 'total', 'total value', '总金额'),
  ],
  nulls: [
    'nulls', 'null', 'total null', 'total nulls', 'null conversions', 'non conversions', 'non conversion', 'non converting',
    'non converting journeys', 'non converting paths', 'unconverted', '未转化', '未转化数', '未转化次数', '未转化路径数', '未转化人数',
    ...weighted(0.8, '流失', '流失数', 'dropped', 'lost'),
  ],
  path: [
    'path', 'paths', 'journey', 'customer journey', 'channel path', 'conversion path', 'top paths', 'mcf channel grouping path',
    '路径', '转化路径', '渠道路径', '触点路径', '用户路径', '转化链路', '链路',
    ...weighted(0.9, 'source medium path', 'source/medium path', 'journey path', 'touchpoint path'),
  ],
  event: [
    'event', 'event type', 'event name', 'action', 'action type', 'interaction', 'interaction type', 'touch type',
    '事件', '事件类型', '事件名称', '行为', '行为类型', '动作', '触点类型', '交互类型',
    ...weighted(0.6, 'type', '类型', 'activity'),
  ],
};
