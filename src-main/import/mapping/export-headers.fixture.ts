/**
 * Header rows of real exports (as the tools write them) and the mapping a person would
 * choose for each — test data for autoMap and detectKind.
 */
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';

export interface ExportCase {
  name: string;
  kind: DatasetKind;
  headers: string[];
  expected: ColumnMapping;
  missing?: string[];
}

export const SHOPIFY_ORDERS = [
  'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Accepts Marketing', 'Currency',
  'Subtotal', 'Shipping', 'Taxes', 'Total', 'Discount Code', 'Discount Amount', 'Shipping Method', 'Created at',
  'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem compare at price', 'Lineitem sku',
  'Lineitem requires shipping', 'Lineitem taxable', 'Lineitem fulfillment status', 'Billing Name', 'Billing Street',
  'Billing City', 'Billing Zip', 'Billing Province', 'Billing Country', 'Billing Phone', 'Shipping Name', 'Shipping City',
  'Notes', 'Cancelled at', 'Payment Method', 'Refunded Amount', 'Vendor', 'Outstanding Balance', 'Employee', 'Location',
  'Device ID', 'Id', 'Tags', 'Risk Level', 'Source', 'Lineitem discount', 'Phone', 'Receipt Number',
];

export const EXPORTS: readonly ExportCase[] = [
  {
    name: 'Google Ads campaign report',
    kind: 'spend',
    headers: ['Day', 'Campaign', 'Campaign ID', 'Campaign type', 'Currency code', 'Cost', 'Impr.', 'Clicks', 'CTR', 'Avg. CPC',
      'Conversions', 'Conv. value', 'Cost / conv.', 'Conv. rate', 'All conv.', 'All conv. value', 'Search impr. share'],
    expected: { date: 'Day', campaign: 'Campaign', spend: 'Cost', impressions: 'Impr.', clicks: 'Clicks', conversions: 'Conversions', revenue: 'Conv. value' },
    missing: ['channel'],
  },
  {
    name: 'Google Ads (Chinese UI)',
    kind: 'spend',
    headers: ['天', '广告系列', '货币代码', '费用', '展示次数', '点击次数', '点击率', '平均每次点击费用', '转化次数', '转化价值', '每次转化费用'],
    expected: { date: '天', campaign: '广告系列', spend: '费用', impressions: '展示次数', clicks: '点击次数', conversions: '转化次数', revenue: '转化价值' },
    missing: ['channel'],
  },
  {
    name: 'Meta Ads Manager',
    kind: 'spend',
    headers: ['Reporting starts', 'Reporting ends', 'Campaign name', 'Ad set name', 'Campaign delivery', 'Results', 'Result indicator',
      'Reach', 'Frequency', 'Cost per result', 'Amount spent (USD)', 'Impressions', 'CPM (cost per 1,000 impressions) (USD)',
      'Link clicks', 'CPC (cost per link click) (USD)', 'CTR (link click-through rate)', 'Clicks (all)', 'Purchases',
      'Purchases conversion value', 'Purchase ROAS (return on ad spend)'],
    expected: { date: 'Reporting starts', campaign: 'Campaign name', spend: 'Amount spent (USD)', impressions: 'Impressions', clicks: 'Link clicks', conversions: 'Purchases', revenue: 'Purchases conversion value' },
    missing: ['channel'],
  },
  {
    name: 'Meta Ads Manager, daily breakdown',
    kind: 'spend',
    headers: ['Day', 'Reporting starts', 'Reporting ends', 'Campaign name', 'Results', 'Amount spent (CNY)', 'Impressions', 'Clicks (all)'],
    expected: { date: 'Day', campaign: 'Campaign name', spend: 'Amount spent (CNY)', impressions: 'Impressions', clicks: 'Clicks (all)', conversions: 'Results' },
    missing: ['channel'],
  },
  {
    name: 'Meta Ads Manager (Chinese UI)',
    kind: 'spend',
    headers: ['报告开始日期', '报告结束日期', '广告系列名称', '成效', '已花费金额 (USD)', '展示次数', '链接点击量', '购物转化价值'],
    expected: { date: '报告开始日期', campaign: '广告系列名称', spend: '已花费金额 (USD)', impressions: '展示次数', clicks: '链接点击量', conversions: '成效', revenue: '购物转化价值' },
    missing: ['channel'],
  },
  {
    name: '巨量引擎 / Ocean Engine',
    kind: 'spend',
    headers: ['日期', '广告主ID', '广告主名称', '广告计划', '广告计划ID', '广告组名称', '消耗', '展示数', '点击数', '点击率',
      '平均点击单价', '平均千次展现费用', '转化数', '转化成本', '转化率', '深度转化数'],
    expected: { date: '日期', campaign: '广告计划', spend: '消耗', impressions: '展示数', clicks: '点击数', conversions: '转化数' },
    missing: ['channel'],
  },
  {
    name: '巨量千川 (partial names)',
    kind: 'spend',
    headers: ['日期', '计划名称', '整体消耗', '整体展示次数', '整体点击次数', '整体成交订单数', '整体成交金额', '整体支付ROI'],
    expected: { date: '日期', campaign: '计划名称', spend: '整体消耗', impressions: '整体展示次数', clicks: '整体点击次数', conversions: '整体成交订单数', revenue: '整体成交金额' },
    missing: ['channel'],
  },
  {
    name: '微信广告 / 腾讯广告',
    kind: 'spend',
    headers: ['日期', '推广计划', '广告名称', '广告ID', '花费', '曝光次数', '点击次数', '点击率', '转化量', '转化成本', '下单金额'],
    expected: { date: '日期', campaign: '推广计划', spend: '花费', impressions: '曝光次数', clicks: '点击次数', conversions: '转化量', revenue: '下单金额' },
    missing: ['channel'],
  },
  {
    name: '淘宝直通车',
    kind: 'spend',
    headers: ['日期', '推广计划名称', '花费', '展现量', '点击量', '点击率', '平均点击花费', '总成交金额', '总成交笔数', '投入产出比'],
    expected: { date: '日期', campaign: '推广计划名称', spend: '花费', impressions: '展现量', clicks: '点击量', revenue: '总成交金额', conversions: '总成交笔数' },
    missing: ['channel'],
  },
  {
    name: '生意参谋 traffic sources (no spend column)',
    kind: 'spend',
    headers: ['统计日期', '流量来源', '来源明细', '访客数', '浏览量', '支付金额', '支付买家数', '支付转化率', '客单价', '下单买家数', '下单金额'],
    expected: { date: '统计日期', channel: '流量来源', revenue: '支付金额', conversions: '支付买家数', clicks: '访客数', impressions: '浏览量' },
    missing: ['spend'],
  },
  {
    name: 'generic Chinese spend sheet',
    kind: 'spend',
    headers: ['日期', '渠道', '花费', '展示', '点击', '转化', '销售额'],
    expected: { date: '日期', channel: '渠道', spend: '花费', impressions: '展示', clicks: '点击', conversions: '转化', revenue: '销售额' },
  },
  {
    name: 'generic Chinese spend sheet with 媒体 and 投放金额',
    kind: 'spend',
    headers: ['投放日期', '媒体', '广告计划名称', '投放金额'],
    expected: { date: '投放日期', channel: '媒体', campaign: '广告计划名称', spend: '投放金额' },
  },
  {
    name: 'Shopify orders export',
    kind: 'orders',
    headers: SHOPIFY_ORDERS,
    expected: { order_id: 'Name', customer_id: 'Email', date: 'Created at', revenue: 'Total', quantity: 'Lineitem quantity', product: 'Lineitem name', channel: 'Source' },
  },
  {
    name: 'generic Chinese orders',
    kind: 'orders',
    headers: ['订单号', '客户ID', '下单时间', '实付金额', '数量', '商品名称', '渠道'],
    expected: { order_id: '订单号', customer_id: '客户ID', date: '下单时间', revenue: '实付金额', quantity: '数量', product: '商品名称', channel: '渠道' },
  },
  {
    name: '淘宝/天猫 order export',
    kind: 'orders',
    headers: ['订单编号', '买家会员名', '买家应付货款', '买家实际支付金额', '订单状态', '收货人姓名', '收货地址', '订单创建时间', '订单付款时间', '宝贝标题', '宝贝总数量'],
    expected: { order_id: '订单编号', customer_id: '买家会员名', date: '订单创建时间', revenue: '买家实际支付金额', quantity: '宝贝总数量', product: '宝贝标题' },
  },
  {
    name: 'orders with 会员ID, 付款时间, 订单金额',
    kind: 'orders',
    headers: ['会员ID', '付款时间', '订单金额', '商品'],
    expected: { customer_id: '会员ID', date: '付款时间', revenue: '订单金额', product: '商品' },
  },
  {
    name: 'touchpoint log (English)',
    kind: 'touchpoints',
    headers: ['user_id', 'timestamp', 'channel', 'event', 'campaign', 'value'],
    expected: { customer_id: 'user_id', timestamp: 'timestamp', channel: 'channel', event: 'event', campaign: 'campaign', value: 'value' },
  },
  {
    name: 'touchpoint log (Chinese)',
    kind: 'touchpoints',
    headers: ['用户ID', '访问时间', '渠道', '行为类型', '活动名称', '金额'],
    expected: { customer_id: '用户ID', timestamp: '访问时间', channel: '渠道', event: '行为类型', campaign: '活动名称', value: '金额' },
  },
  {
    name: 'ChannelAttribution paths',
    kind: 'paths',
    headers: ['path', 'total_conversions', 'total_conversion_value', 'total_null'],
    expected: { path: 'path', conversions: 'total_conversions', value: 'total_conversion_value', nulls: 'total_null' },
  },
  {
    name: 'Chinese paths',
    kind: 'paths',
    headers: ['转化路径', '转化数', '转化价值', '未转化数'],
    expected: { path: '转化路径', conversions: '转化数', value: '转化价值', nulls: '未转化数' },
  },
  {
    name: 'Chinese customers table',
    kind: 'customers',
    headers: ['客户ID', '注册日期', '地区', '年龄', '性别', '会员等级'],
    expected: { customer_id: '客户ID', signup_date: '注册日期', region: '地区', age: '年龄', gender: '性别' },
  },
  {
    name: 'Shopify customers export',
    kind: 'customers',
    headers: ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Default Address Company',
      'Default Address City', 'Default Address Province Code', 'Default Address Country Code', 'Phone', 'Total Spent', 'Total Orders', 'Tags'],
    expected: { customer_id: 'Customer ID', region: 'Default Address Province Code' },
  },
  {
    name: 'Chinese reviews',
    kind: 'reviews',
    headers: ['评价内容', '评分', '日期', '买家昵称', '商品名称', '平台'],
    expected: { text: '评价内容', rating: '评分', date: '日期', customer_id: '买家昵称', product: '商品名称', platform: '平台' },
  },
  {
    name: 'English reviews',
    kind: 'reviews',
    headers: ['Review Text', 'Rating', 'Review Date', 'Reviewer', 'Product', 'Source'],
    expected: { text: 'Review Text', rating: 'Rating', date: 'Review Date', customer_id: 'Reviewer', product: 'Product', platform: 'Source' },
  },
  {
    name: 'Taobao reviews with 评论 and 星级',
    kind: 'reviews',
    headers: ['评论', '星级', '评论时间', '宝贝名称'],
    expected: { text: '评论', rating: '星级', date: '评论时间', product: '宝贝名称' },
  },
];
