/** The customer-value results' shapes, as the renderer reads them (type-only: erased at build time). */
import type { CohortsAnalysis, LtvAnalysisResult, SegmentsAnalysis } from '../../../../src-main/analysis/results.js';

export type { CohortsAnalysis, LtvAnalysisResult, SegmentsAnalysis };
export type RfmSegmentRow = SegmentsAnalysis['rfm']['segments'][number];
export type ClusterRow = SegmentsAnalysis['kmeans']['clusters'][number];
export type AtRiskRow = LtvAnalysisResult['highValueAtRisk'][number];
export type CustomerWarning = SegmentsAnalysis['warnings'][number];
export type ThinnessFlag = LtvAnalysisResult['flags'][number];

export type { Bilingual } from '@shared/bilingual.js';
export { inLanguage } from '@shared/bilingual.js';
