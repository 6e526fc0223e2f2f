/**
 * Plain-language texts for the warning and thinness codes, in both languages, with
 * `{name}` placeholders filled from the count or the flag's params (the i18n catalogue
 * convention). The services may copy them into the catalogue; they live here so that a
 * model's codes and their meaning are reviewed together.
 */
import type { ThinnessCode } from './holdout.js';
import type { Bilingual } from './segment-actions.js';
import type { CustomerWarningCode } from './warnings.js';

export const WARNING_TEXTS: Readonly<Record<CustomerWarningCode, Bilingual>> = {
  missingCustomerId: { en: '{count} rows have no customer id and were skipped.', zh: '{count} 行缺少客户 ID，已跳过。' },
  invalidDate: { en: '{count} rows have an unreadable date and were skipped.', zh: '{count} 行日期无法识别，已跳过。' },
  invalidRevenue: { en: '{count} rows have no numeric revenue and were skipped.', zh: '{count} 行金额不是数字，已跳过。' },
  refundRows: {
    en: '{count} rows have negative revenue (refunds): they are not counted as purchases; RFM nets them into revenue.',
    zh: '{count} 行金额为负（退款）：不计为购买；RFM 的消费金额按净额计算。',
  },
  zeroRevenueRows: { en: '{count} rows have zero revenue: counted as purchases worth nothing.', zh: '{count} 行金额为 0：计为金额为零的购买。' },
  futureOrders: { en: '{count} rows are dated after the analysis end date and were left out.', zh: '{count} 行日期晚于分析截止日期，未计入。' },
  customersWithoutPurchases: { en: '{count} customers have only refunds and no purchase; they were left out.', zh: '{count} 位客户只有退款没有购买，未计入。' },
  singlePurchaseCustomers: { en: '{count} customers bought only once.', zh: '{count} 位客户只购买过一次。' },
  allOrdersOneDay: {
    en: 'All purchases fall on a single day, so recency and purchase timing carry no information.',
    zh: '所有购买都发生在同一天，最近购买时间和购买间隔无法提供信息。',
  },
  nonPositiveTotalRevenue: { en: 'Total revenue is not positive, so revenue shares are shown as 0.', zh: '总收入不为正，收入占比显示为 0。' },
  customersAfterCalibration: {
    en: '{count} customers first bought after the calibration end; they are not scored.',
    zh: '{count} 位客户的首次购买晚于校准期结束日，未参与评估。',
  },
  nonPositiveRepeatSpend: {
    en: '{count} repeat customers have no positive repeat spend and were left out of the spend model.',
    zh: '{count} 位复购客户的复购金额不为正，未参与消费金额模型。',
  },
  noRepeatCustomers: {
    en: 'No customer has bought twice, so purchase and lifetime-value models cannot be estimated.',
    zh: '没有客户重复购买，无法估计购买次数和客户终身价值模型。',
  },
  fewRepeatCustomers: { en: 'Only a few customers bought more than once: estimates are unreliable.', zh: '重复购买的客户很少，估计结果不可靠。' },
  gammaGammaMeanUndefined: {
    en: 'The spend model has no finite average for new customers; their observed average spend is used instead.',
    zh: '消费金额模型对新客户没有有限的平均值，改用观测到的平均消费。',
  },
  spendFrequencyCorrelated: {
    en: 'Spend per purchase is correlated with purchase frequency; the spend model assumes they are independent, so treat CLV with caution.',
    zh: '单次消费金额与购买频次相关，而消费金额模型假设两者独立，CLV 需谨慎解读。',
  },
  tooFewCustomersForClusters: { en: 'Too few distinct customers for the requested number of clusters.', zh: '不同的客户太少，无法分成所要求的群组数。' },
};

export const THINNESS_TEXTS: Readonly<Record<ThinnessCode, Bilingual>> = {
  fewRepeatCustomers: {
    en: 'Only {repeatCustomers} customers bought more than once (at least {minimum} are needed for stable estimates).',
    zh: '只有 {repeatCustomers} 位客户重复购买（至少需要 {minimum} 位才能得到稳定的估计）。',
  },
  holdoutShorterThanHorizon: {
    en: 'The holdout covers {holdoutWeeks} weeks, shorter than the {horizonWeeks}-week forecast: the forecast itself is only partly checked.',
    zh: '验证期只有 {holdoutWeeks} 周，短于 {horizonWeeks} 周的预测期：预测只得到部分检验。',
  },
  historyShorterThanHorizon: {
    en: 'There are only {historyWeeks} weeks of history for a {horizonWeeks}-week forecast.',
    zh: '只有 {historyWeeks} 周的历史数据，却要预测 {horizonWeeks} 周。',
  },
  allOrdersOneDay: { en: 'All purchases fall on one day: there is nothing to learn about repeat buying.', zh: '所有购买都在同一天：无法了解复购行为。' },
  fewCustomers: { en: 'Only {customers} customers (at least {minimum} recommended).', zh: '只有 {customers} 位客户（建议至少 {minimum} 位）。' },
  noHoldoutPurchases: { en: 'Nobody bought during the holdout period, so the forecast cannot be checked.', zh: '验证期内没有任何购买，无法检验预测。' },
};
