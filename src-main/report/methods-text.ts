/**
 * The "methods and assumptions" section: how every figure was made, in both languages,
 * with the references of the models. `{name}` placeholders take the settings of the runs
 * the report used. (Long prose lives here, beside the code it describes, rather than in
 * the short-word catalogues.)
 */
import type { Bilingual } from '../model/customer/index.js';

export interface MethodsBlock {
  title: Bilingual;
  text: Bilingual;
}

export const METHODS: readonly MethodsBlock[] = [
  {
    title: { en: 'Data and key figures', zh: '数据与关键指标' },
    text: {
      en: 'All figures come from the files imported into this project; nothing else is assumed. Revenue is order revenue with refunds netted in. A purchase is a customer\'s order day (order lines and orders on one day count once). New customers are those whose first purchase falls in the period — in the first weeks of the data everyone looks new. The repeat-purchase rate is the share of the period\'s buyers with two or more purchase days in it. ROAS = revenue ÷ ad spend, ROI = (revenue − ad spend) ÷ ad spend, CAC = ad spend ÷ new customers. A figure that cannot be computed (no data, or nothing to divide by) is shown as —.',
      zh: '所有数字均来自导入本项目的文件，不做其他假设。销售额为订单金额，已扣除退款。一次购买指客户的一个购买日（同一天的多个订单行或订单只计一次）。新客户指首次购买落在该期间内的客户——在数据最初的几周，所有客户看起来都是新客户。复购率为该期间购买客户中有两个及以上购买日的比例。ROAS = 销售额 ÷ 广告花费，ROI =（销售额 − 广告花费）÷ 广告花费，获客成本 = 广告花费 ÷ 新客户数。无法计算的数字（没有数据或分母为零）显示为 —。',
    },
  },
  {
    title: { en: 'Attribution and channel ROI', zh: '归因与渠道 ROI' },
    text: {
      en: 'Customer journeys are built from the touchpoints before each conversion within a {lookback}-day lookback window, or taken from an exported list of conversion paths. Rule-based models share each conversion by a fixed rule: first touch, last touch, linear (equal shares), time decay (a touch {halfLife} days older counts half) and position-based (40 % to the first and the last touch, 20 % shared by those between). Data-driven attribution (Shao & Li 2011) is done two ways. The Markov-chain model (Anderl et al. 2016) treats journeys as a first-order chain from start to conversion or drop-out and credits each channel by its removal effect — how much the probability of converting falls when the channel is taken away — solved exactly. The Shapley value (Zhao et al. 2018) gives each channel its average marginal contribution over all coalitions of channels. Channel ROI sets the attributed revenue against the channel\'s spend in the same period. The budget advice moves money from the channels with the lowest ROAS to those with the highest, at most ±{maxShare} per channel, never adding to a channel with fewer than {minConversions} conversions or a ROAS of {breakEven}× or less (money no channel above break-even can take is kept back, not spent); it assumes each channel keeps its average return, while the return on additional money is usually lower.',
      zh: '客户旅程由每次转化前 {lookback} 天回溯窗口内的触点构成，或直接取自导出的转化路径列表。规则模型按固定规则分配每次转化：首次触点、末次触点、线性（平均分配）、时间衰减（早 {halfLife} 天的触点权重减半）和位置加权（首尾触点各 40%，中间触点共享 20%）。数据驱动归因（Shao & Li 2011）采用两种方法。马尔可夫链模型（Anderl 等 2016）把旅程视为从开始到转化或流失的一阶马尔可夫链，按移除效应为各渠道计功——即移除该渠道后转化概率下降多少——并精确求解。Shapley 值（Zhao 等 2018）按各渠道在所有渠道组合中的平均边际贡献分配。渠道 ROI 将归因销售额与该渠道同期花费相比。预算建议把资金从 ROAS 最低的渠道移到最高的渠道，每个渠道调整不超过 ±{maxShare}，不会给转化少于 {minConversions} 次或 ROAS 不高于 {breakEven} 倍的渠道追加预算（高于保本线的渠道接不下的钱留着不花）；它假设各渠道保持平均回报，而新增投入的回报通常更低。',
    },
  },
  {
    title: { en: 'Customer segments', zh: '客户分群' },
    text: {
      en: 'RFM analysis (Hughes 1994) scores every customer at the as-of date on recency (days since the last order), frequency (number of orders) and monetary value (revenue), each in quintiles from 1 to 5, and maps the scores to named segments with a suggested action. The eight RFM value classes call each of R, F and M high (score 3 or more) or low. k-means clustering with k-means++ seeding (Arthur & Vassilvitskii 2007) groups customers on log-scaled, standardised R, F and M; the number of clusters is chosen by the silhouette (Rousseeuw 1987), and seeded restarts make the result repeatable.',
      zh: 'RFM 分析（Hughes 1994）在截止日为每位客户评分：最近购买（距上次下单的天数）、购买频次（订单数）和消费金额（销售额），各按五分位评为 1–5 分，再按评分映射到带有建议行动的分群。RFM 价值八分类把 R、F、M 各分为高（3 分及以上）或低。k-means 聚类采用 k-means++ 初始化（Arthur & Vassilvitskii 2007），在对数变换并标准化后的 R、F、M 上对客户分组；群组数按轮廓系数（Rousseeuw 1987）选择，并用固定随机种子多次重启，结果可重复。',
    },
  },
  {
    title: { en: 'Customer lifetime value', zh: '客户终身价值' },
    text: {
      en: 'The BG/NBD model (Fader, Hardie & Lee 2005) describes how often a customer buys while active and the chance of becoming inactive after each purchase; the Gamma-Gamma model (Fader & Hardie 2013) describes the average order value. Both are fitted by maximum likelihood. A customer\'s value is the expected purchases over the next {horizon} weeks × the expected order value × a gross margin of {margin}, discounted at {discount} a month. The models are fitted on a calibration period and checked on the holdout period that follows (mean absolute error, root mean squared error, correlation, and actual against predicted purchases by repeat-purchase group); when this report ran the analysis itself, the last quarter of the order history was held out. High-value customers at risk are those in the top fifth by value-if-active whose probability of still being active is below 50 %.',
      zh: 'BG/NBD 模型（Fader、Hardie & Lee 2005）描述客户活跃期间的购买频率以及每次购买后转为不活跃的概率；Gamma-Gamma 模型（Fader & Hardie 2013）描述平均客单价。两者均用最大似然估计。客户价值 = 未来 {horizon} 周的预期购买次数 × 预期客单价 × {margin} 的毛利率，并按每月 {discount} 折现。模型在校准期上拟合，并在其后的验证期上检验（平均绝对误差、均方根误差、相关系数，以及按复购次数分组的实际与预测购买次数）；若本报告自行运行该分析，则留出订单历史的最后四分之一作为验证期。有流失风险的高价值客户，是指按“若仍活跃的价值”排在前五分之一、且仍活跃概率低于 50% 的客户。',
    },
  },
  {
    title: { en: 'Funnel and cohorts', zh: '漏斗与同期群' },
    text: {
      en: 'The funnel follows each customer\'s touchpoints in time: a customer reaches a step when its event (or, in logs without events, its channel) follows the previous step within the window after the first step; step conversion is the share of the previous step that reached it, and the loss is those who did not. Cohorts group customers by the month of their first order; retention in month n is the share of a cohort that ordered in the n-th month after it, and cohort revenue is what those customers spent in that month (refunds netted in).',
      zh: '漏斗按时间顺序追踪每位客户的触点：客户在首个步骤之后的时间窗口内、于上一步之后出现该步骤的事件（没有事件列时按渠道）即视为到达该步骤；步骤转化率为上一步中到达本步的比例，流失为未到达的人数。同期群按首单月份对客户分组；第 n 月留存率为该群中在首单后第 n 个月下单的客户比例，同期群收入为这些客户在该月的消费（已扣除退款）。',
    },
  },
  {
    title: { en: 'Assumptions and limits', zh: '假设与局限' },
    text: {
      en: 'Attribution can only credit the touches that were recorded: offline contacts, word of mouth and untracked views are missing, and it measures association, not the extra sales a channel causes — a controlled test (holdout or geo experiment) measures that. The models disagree most on channels that open or close journeys, so no single model is the truth; the comparison shows how much the picture depends on the choice. Lifetime values extrapolate past behaviour and are least reliable for customers with a single purchase and for short histories. Budget advice is a starting point for tests, not a forecast.',
      zh: '归因只能为有记录的触点计功：线下接触、口碑和未被追踪的曝光都不在其中；它衡量的是相关性，而不是渠道带来的增量销售——增量需要对照实验（保留组或地域实验）来衡量。各模型分歧最大的通常是开启或促成旅程的渠道，因此没有哪个模型是唯一的真相；模型对比显示结论在多大程度上取决于模型的选择。客户终身价值是对过往行为的外推，对只购买过一次的客户和历史较短的数据最不可靠。预算建议是测试的起点，而不是预测。',
    },
  },
];

export const REFERENCES: readonly string[] = [
  'Anderl, E., Becker, I., von Wangenheim, F., & Schumann, J. H. (2016). Mapping the customer journey: Lessons learned from graph-based online attribution modeling. International Journal of Research in Marketing, 33(3), 457–474.',
  'Arthur, D., & Vassilvitskii, S. (2007). k-means++: The advantages of careful seeding. Proceedings of the 18th ACM-SIAM Symposium on Discrete Algorithms (SODA), 1027–1035.',
  'Fader, P. S., & Hardie, B. G. S. (2013). The Gamma-Gamma model of monetary value. http://www.brucehardie.com/notes/025/',
  'Fader, P. S., Hardie, B. G. S., & Lee, K. L. (2005). "Counting your customers" the easy way: An alternative to the Pareto/NBD model. Marketing Science, 24(2), 275–284.',
  'Hughes, A. M. (1994). Strategic Database Marketing. Chicago: Probus.',
  'Rousseeuw, P. J. (1987). Silhouettes: A graphical aid to the interpretation and validation of cluster analysis. Journal of Computational and Applied Mathematics, 20, 53–65.',
  'Shao, X., & Li, L. (2011). Data-driven multi-touch attribution models. Proceedings of the 17th ACM SIGKDD International Conference on Knowledge Discovery and Data Mining, 258–264.',
  'Zhao, K., Mahboobi, S. H., & Bagheri, S. R. (2018). Shapley value methods for attribution modeling in online advertising. arXiv:1804.05327.',
];
