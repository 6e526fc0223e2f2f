/** 各分析的数据不足结论（简体中文）。与 ui-reliability-en.ts 的键相同（类型检查保证）。 */
import type { UiReliabilityCatalogue } from './ui-reliability-en.js';

export const uiReliabilityZhCN: UiReliabilityCatalogue = {
  'ui.models.reliability.thisAnalysis': '本分析',
  'ui.models.reliability.verdict.thin': '{subject}：数据偏少——结果只能作为粗略参考。',
  'ui.models.reliability.verdict.notReliable': '{subject}：结果不可靠——不作为结论展示。原因如下：',
  'ui.models.reliability.verdict.refused': '{subject}：未运行——数据太少。需要：',
  'ui.models.reliability.check.customers': '现有{have}位客户；至少需要{need}位。',
  'ui.models.reliability.check.repeatCustomers': '复购客户{have}位；至少需要{need}位。',
  'ui.models.reliability.check.historyWeeks': '历史数据{have}周；至少需要{need}周。',
  'ui.models.reliability.check.conversions': '转化{have}次；至少需要{need}次。',
  'ui.models.reliability.check.funnelEntrants': '进入第一步的客户有{have}位；少于{need}位时，几位客户就会让各步转化率变动好几个百分点。',
  'ui.models.reliability.check.cohortMonths': '只有{have}个月度同期群；至少需要{need}个才能相互比较。',
  'ui.models.reliability.check.smallestCohort': '最小的同期群只有{have}位客户；少于{need}位时，一位客户就会让留存率变动整个百分点。',
  'ui.models.reliability.check.journeys': '客户旅程{have}条；至少需要{need}条。',
  'ui.models.reliability.problem.parameterAtEdge': '拟合得到的{parameter} = {value}跑到了取值范围的边缘：数据无法确定它（历史太短，或客户之间差异太小）。更多月份的订单会有帮助。',
  'ui.models.reliability.subject.kmeans': 'k-means 聚类',
  'ui.models.reliability.subject.rfm': 'RFM 分群',
};
