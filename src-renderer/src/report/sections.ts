/** The report's sections in reading order (from the zod-free list, so the page does not bundle the API's schemas). */
import { REPORT_SECTIONS } from '@shared/report-sections.js';
import type { ReportSection } from '@shared/report-sections.js';

export const REPORT_SECTION_LIST: readonly ReportSection[] = REPORT_SECTIONS;
