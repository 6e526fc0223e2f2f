/**
 * The report's sections in reading order, spelled out here (checked against the
 * contract's type both ways) so the page does not bundle the API's zod schemas.
 */
import type { ReportSection } from '@shared/api.js';

const SECTIONS = {
  summary: true,
  goals: true,
  channels: true,
  segments: true,
  ltv: true,
  quality: true,
  methods: true,
} as const satisfies Record<ReportSection, true>;

export const REPORT_SECTION_LIST = Object.keys(SECTIONS) as ReportSection[];
