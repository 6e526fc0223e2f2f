/**
 * Header names of the customer, order, product and review roles, in Chinese and English,
 * including Shopify's order export (`Name` = order number `#1001`, `Email` = customer,
 * `Lineitem quantity`, `Lineitem name`), 淘宝/天猫 order and review exports (`订单编号`,
 * `买家会员名`, `宝贝标题`, `评价内容`) and common CRM tables.
 */
import { weighted } from './synonym.js';
import type { Synonym } from './synonym.js';

export const PEOPLE_SYNONYMS: Readonly<Record<string, readonly Synonym[]>> = {
  customer_id: [
    'customer id', 'customer', 'customer number', 'customer no', 'customer code', 'client id', 'user id', 'uid', 'userid',
    'member id', 'member no', 'buyer id', 'visitor id', 'cookie id', 'openid', 'unionid', 'distinct id', 'contact id',
    '客户id', '客户编号', '客户号', '客户', '顾客id', '顾客', '用户id', '用户编号', '用户', '会员id', '会员编号', '会员号', '会员',
    '会员卡号', '买家id', '买家会员名', '买家昵称', '买家账号', '买家', '访客id', '客户代码',
    ...weighted(0.9, 'customer email', 'user', 'member', 'buyer', 'visitor', 'customer name', '用户名', '客户名称'),
    ...weighted(0.8, 'email', 'e-mail', 'email address', '邮箱', '电子邮箱', '客户姓名', '昵称', 'nickname', 'username', 'user name'),
    ...weighted(0.7, '手机号', '手机', '手机号码', '联系电话', 'phone', 'mobile', 'account id'),
    ...weighted(0.6, 'device id', '设备id', '收货人姓名', '收货人'),
  ],
  order_id: [
    'order id', 'order no', 'order number', 'order', 'order name', 'order code', '订单号', '订单编号', '订单id', '订单',
    '主订单号', '主订单编号', '单号', '交易号', '交易单号', '交易编号', '订单单号',
    ...weighted(0.9, 'transaction id', 'transaction', 'invoice number', 'invoice no', '子订单编号', '子订单号'),
    ...weighted(0.8, 'invoice', 'receipt number', '流水号', '支付单号'),
  ],
  quantity: [
    'quantity', 'qty', 'units', 'lineitem quantity', 'line item quantity', 'item quantity', 'items', 'item count', 'units sold',
    '数量', '购买数量', '商品数量', '件数', '宝贝数量', '宝贝总数量', '商品总数量', '购买件数', '商品件数', '销售数量',
    ...weighted(0.85, '销量', 'count', 'pieces'),
  ],
  product: [
    'product', 'product name', 'product title', 'item', 'item name', 'lineitem name', 'line item name', 'product description',
    '商品', '商品名称', '商品标题', '商品名', '宝贝', '宝贝名称', '宝贝标题', '产品', '产品名称', '品名', '货品名称', '商品信息',
    ...weighted(0.85, 'product id', 'item id', '商品id', '宝贝id', '产品id', 'title', '标题'),
    ...weighted(0.75, 'sku', 'product sku', 'lineitem sku', '商品编码', '商家编码', 'sku名称', 'variant', '规格'),
  ],
  region: [
    'region', 'area', 'location', '地区', '区域', '地域', '所在地区', '所在地', '所在城市', '所在省份', '省市', '省份城市',
    ...weighted(0.9, 'province', 'state', '省份', '省', '大区'),
    ...weighted(0.85, 'city', '城市', 'country', '国家', 'country code'),
    ...weighted(0.6, 'address', '地址', '收货地址', 'billing province', 'shipping province', 'billing city', 'shipping city'),
  ],
  age: ['age', 'ages', '年龄', ...weighted(0.9, 'age group', 'age range', 'age band', '年龄段', '年龄层', '年龄区间')],
  gender: ['gender', 'sex', '性别'],
  text: [
    'text', 'review', 'review text', 'review content', 'review body', 'comment', 'comments', 'content', 'body', 'feedback',
    'review comment', '评价', '评价内容', '评论', '评论内容', '内容', '评语', '买家评价', '用户评价', '评价文本', '反馈内容', '反馈',
    ...weighted(0.8, 'message', 'remarks', '留言', '追评', '追评内容', '初评内容'),
  ],
  rating: [
    'rating', 'ratings', 'rating score', 'stars', 'star', 'star rating', 'review rating', 'overall rating', 'score',
    '评分', '星级', '评价星级', '打分', '分数', '得分', '评价等级', '评价分数', '星数',
    ...weighted(0.7, '满意度', 'satisfaction', 'nps'),
  ],
};
