/**
 * Header names of the date roles, in Chinese and English, including the headers of the
 * exports small shops bring most (Google Ads `Day`, Meta `Reporting starts`, 生意参谋 `统计日期`,
 * 巨量引擎/微信广告 `日期`/`时间`). Kind-specific names (Shopify `Created at` for orders,
 * `评价时间` for reviews) are in kind-synonyms.ts.
 */
import { weighted } from './synonym.js';
import type { Synonym } from './synonym.js';

export const TIME_SYNONYMS: Readonly<Record<string, readonly Synonym[]>> = {
  date: [
    'date', 'day', 'dates', 'stat date', 'report date', 'reporting date',
    '日期', '天', '日', '统计日期', '数据日期', '报表日期', '投放日期', '日期时间',
    ...weighted(0.9, 'reporting starts', 'reporting start', 'start date', '报告开始日期', '开始日期', '分日'),
    ...weighted(0.85, 'time', 'datetime', 'date time', '时间', '统计时间', '投放时间'),
    ...weighted(0.7, 'week', 'month', 'period', '周', '月份', '月', '时段', '日期范围'),
  ],
  timestamp: [
    'timestamp', 'time', 'datetime', 'date time', 'time stamp', 'event time', 'event timestamp', 'event date',
    'touch time', 'touchpoint time', 'visit time', 'click time', 'hit time', 'interaction time',
    '时间', '时间戳', '访问时间', '点击时间', '触点时间', '行为时间', '发生时间', '事件时间', '触达时间', '浏览时间', '曝光时间',
    ...weighted(0.8, 'date', 'day', '日期', 'session start', 'session time', '会话开始时间'),
  ],
  signup_date: [
    'signup date', 'sign up date', 'signup', 'registration date', 'register date', 'registered at', 'registered',
    'join date', 'joined', 'joined at', 'date joined', 'member since', 'customer since', 'signup time',
    '注册日期', '注册时间', '入会日期', '入会时间', '开卡日期', '开卡时间', '加入日期', '加入时间', '成为会员时间', '注册',
    ...weighted(0.85, 'created at', 'created', 'creation date', 'create time', '创建时间', '创建日期'),
    ...weighted(0.7, 'first order date', 'first purchase date', 'first order', '首次购买日期', '首购日期', '首次下单时间', '首单时间'),
    ...weighted(0.6, 'date', '日期'),
  ],
};
