/**
 * Customer value models (issue 5): RFM, k-means segmentation, BG/NBD + Gamma-Gamma lifetime
 * value with holdout validation, cohorts. Pure functions over order rows; no I/O.
 */
export { toOrderColumns, type OrderColumns, type OrderInput, type OrderRow } from './order-log.js';
export { computeRfm, type RfmCustomer, type RfmOptions, type RfmResult } from './rfm.js';
export { chineseSegment, englishSegment, fmScore, type SegmentSummary, type ZhHighRule } from './rfm-segments.js';
export { EN_SEGMENT_INFO, EN_SEGMENTS, ZH_SEGMENT_INFO, ZH_SEGMENTS, type Bilingual, type EnSegment, type ZhSegment } from './segment-actions.js';
export { quintileScores } from './quintiles.js';
export { segmentCustomersKMeans, type ClusterInput, type ClusterProfile, type KMeansOptions, type KMeansSegmentation } from './kmeans.js';
export { silhouette } from './silhouette.js';
export { analyzeSegments, type SegmentationAnalysis, type SegmentationOptions } from './segmentation.js';
export { summarizeOrderLog, type CustomerSummary, type OrderLogSummary, type PurchaseTimeline } from './rfm-summary.js';
export { fitBgNbd, bgnbdLogLikelihood, type BgNbdFit, type BgNbdParams } from './bgnbd.js';
export { conditionalExpectedPurchases, probabilityAlive, unconditionalExpectedPurchases } from './bgnbd-predict.js';
export { conditionalExpectedSpend, fitGammaGamma, gammaGammaLogLikelihood, type GammaGammaFit, type GammaGammaParams, type SpendColumns } from './gamma-gamma.js';
export { highValueAtRisk, predictCustomerValues, WEEKS_PER_MONTH, type ClvOptions, type CustomerValue } from './clv.js';
export { thinnessFlags, validateHoldout, THINNESS_CODES, type HoldoutValidation, type ThinnessCode, type ThinnessFlag } from './holdout.js';
export { analyzeLifetimeValue, fitSpendHere, type LtvAnalysis, type LtvOptions, type SpendFitStarter } from './ltv.js';
export { computeCohorts, type CohortAnalysis, type CohortRow } from './cohorts.js';
export { simulateBgNbdCustomers, simulateOrderRows, type SimulatedCustomer, type SimulationOptions } from './synthetic.js';
export { hypergeometric2F1 } from './hypergeometric.js';
export { CUSTOMER_WARNING_CODES, type CustomerWarning, type CustomerWarningCode } from './warnings.js';
export { THINNESS_TEXTS, WARNING_TEXTS } from './warning-texts.js';
