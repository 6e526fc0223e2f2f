/** The customer-value results' shapes, as the renderer reads them (type-only: erased at build time). */
import type { CohortsAnalysis, LtvAnalysisResult, SegmentsAnalysis } from '../../../../src-main/analysis/results.js';

export type { CohortsAnalysis, LtvAnalysisResult, SegmentsAnalysis };
export type RfmSegmentRow = SegmentsAnalysis['rfm']['segments'][number];
export type ClusterRow = SegmentsAnalysis['kmeans']['clusters'][number];
export type AtRiskRow = LtvAnalysisResult['highValueAtRisk'][number];
export type CustomerWarning = SegmentsAnalysis['warnings'][number];
export type ThinnessFlag = LtvAnalysisResult['flags'][number];

/** Words in both languages, as the engine names segments, clusters and actions. */
export interface Bilingual {
  en: string;
  zh: string;
}

export function inLanguage(lang: string, words: Bilingual): string {
  return lang === 'zh-CN' ? words.zh : words.en;
}
