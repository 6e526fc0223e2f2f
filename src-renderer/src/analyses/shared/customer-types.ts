/** The customer-value results' shapes, as the renderer reads them. */
import type { CohortsAnalysis } from '@shared/analyses/cohorts.result.js';
import type { LtvAnalysisResult } from '@shared/analyses/ltv.result.js';
import type { SegmentsAnalysis } from '@shared/analyses/segments.result.js';

export type { CohortsAnalysis, LtvAnalysisResult, SegmentsAnalysis };
export type RfmSegmentRow = SegmentsAnalysis['rfm']['segments'][number];
export type ClusterRow = SegmentsAnalysis['kmeans']['clusters'][number];
export type AtRiskRow = LtvAnalysisResult['highValueAtRisk'][number];
export type CustomerWarning = SegmentsAnalysis['warnings'][number];
export type ThinnessFlag = LtvAnalysisResult['flags'][number];

export type { Bilingual } from '@shared/bilingual.js';
export { inLanguage } from '@shared/bilingual.js';
