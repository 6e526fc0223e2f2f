/**
 * Names that mean a role only in one kind of file. In an order export `Email` is the
 * customer, `Name` is the order number (Shopify: `#1001`) and `Created at` is the order
 * date; in a customers table `ID` is the customer; in a review export `昵称` is the author
 * and `评价时间` the date. A kind's entry overrides the general weight of the same name.
 */
import type { DatasetKind } from '@shared/kinds.js';
import { weighted } from './synonym.js';
import type { Synonym } from './synonym.js';

export const KIND_SYNONYMS: Readonly<Partial<Record<DatasetKind, Readonly<Record<string, readonly Synonym[]>>>>> = {
  orders: {
    date: [
      'order date', 'order time', 'created at', 'created', 'purchase date', 'transaction date', 'order created', 'order created at',
      '下单时间', '下单日期', '订单日期', '订单时间', '创建时间', '订单创建时间', '成交时间', '交易时间', '交易日期', '购买时间', '购买日期',
      ...weighted(0.9, 'paid at', 'payment date', 'processed at', '付款时间', '支付时间', '付款日期', '支付日期', '订单付款时间'),
    ],
    customer_id: [...weighted(0.95, 'email', 'customer email', '买家邮箱'), 'buyer username'],
    order_id: [...weighted(0.8, 'name'), ...weighted(0.75, 'id', 'number')],
    channel: [
      '订单来源', '下单渠道', '销售渠道', '成交渠道', 'sales channel', 'order source',
      ...weighted(0.85, 'source', 'source name'),
      ...weighted(0.7, 'referring site', 'landing site', '店铺', '店铺名称', 'shop', 'store'),
    ],
  },
  customers: {
    customer_id: [...weighted(0.9, 'id', 'no'), ...weighted(0.8, 'name', '姓名'), ...weighted(0.75, 'email', 'phone')],
  },
  reviews: {
    customer_id: ['reviewer', 'author', 'nickname', 'user name', 'username', '评价人', '评论人', '昵称', '买家昵称', '用户名', '会员名'],
    date: ['review date', 'reviewed at', 'posted at', 'review time', 'date posted', '评价时间', '评论时间', '评价日期', '评论日期', '发布时间', ...weighted(0.8, 'created at', '创建时间')],
  },
  touchpoints: {
    value: [...weighted(0.9, 'revenue', 'order value')],
  },
  // The wide marketing-mix sheet: its KPI is revenue, or orders/conversions when that is what the shop counts.
  weekly: {
    date: ['week', 'week start', 'week starting', 'week of', 'ds', '周', '周开始', '周一', '开始日期', '日期', 'date'],
    kpi: [
      'kpi', 'revenue', 'sales', 'total sales', 'gmv', 'turnover', 'income', '销售额', '营收', '营业额', '收入', '成交额', '成交金额', 'gmv(元)', '销售额(元)',
      ...weighted(0.9, 'orders', 'order count', 'conversions', 'purchases', '订单数', '订单量', '转化数', '成交单数', '购买数'),
    ],
  },
};
