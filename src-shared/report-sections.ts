/**
 * The report's sections in reading order: the overview, then the section of each analysis
 * that has one (registry order, src-shared/analyses), then the appendix. Zod-free, so the
 * report page can list them without bundling the API's schemas.
 */
import { ANALYSIS_REPORT_SECTIONS } from './analyses/index.js';
import type { AnalysisReportSection } from './analyses/index.js';

export type ReportSection = 'summary' | 'goals' | AnalysisReportSection | 'quality' | 'methods';

export const REPORT_SECTIONS = ['summary', 'goals', ...ANALYSIS_REPORT_SECTIONS, 'quality', 'methods'] as const satisfies readonly ReportSection[] as readonly [
  ReportSection,
  ...ReportSection[],
];
