/**
 * The report as one self-contained HTML document (no scripts, no external resources):
 * a cover, then one chapter per asked-for section; a section without data keeps its
 * heading and says why it is empty. Running header and footer with page numbers are
 * templates for the printer (Chromium's headerTemplate/footerTemplate, which Electron's
 * printToPDF takes as well).
 */
import type { ReportSection } from '@shared/api.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { Formatter } from '../format.js';
import { escapeHtml } from '../format.js';
import type { ReportContents } from '../contents.js';
import type { ChartId, ReportChart } from '../report-charts.js';
import { skipText } from '../tables-overview.js';
import { reportTitle } from '../labels.js';
import { chapter } from './blocks.js';
import { REPORT_CSS, reportFont } from './css.js';
import { basketsBody, channelsBody, ltvBody, mmmBody, segmentsBody } from './sections-analyses.js';
import { reviewsBody } from './section-reviews.js';
import { cohortsBody, funnelBody } from './sections-journeys.js';
import { coverHtml, goalsBody, methodsBody, qualityBody, summaryBody } from './sections-overview.js';

type Charts = Partial<Record<ChartId, ReportChart>>;

function sectionBody(section: ReportSection, m: ReportContents, f: Formatter, charts: Charts): string {
  switch (section) {
    case 'summary':
      return summaryBody(m, f, charts);
    case 'goals':
      return goalsBody(m, f);
    case 'channels':
      return channelsBody(m, f, charts);
    case 'funnel':
      return funnelBody(m, f);
    case 'segments':
      return segmentsBody(m, f, charts);
    case 'ltv':
      return ltvBody(m, f, charts);
    case 'cohorts':
      return cohortsBody(m, f);
    case 'baskets':
      return basketsBody(m, f);
    case 'mmm':
      return mmmBody(m, f, charts);
    case 'reviews':
      return reviewsBody(m, f);
    case 'quality':
      return qualityBody(m, f);
    case 'methods':
      return methodsBody(m, f);
    default: {
      const unreachable: never = section;
      return unreachable;
    }
  }
}

export function reportHtml(m: ReportContents, f: Formatter, charts: Charts): string {
  const chapters = m.sections
    .map((s) => {
      const reason = m.skipped[s];
      const title = f.t(`report.section.${s}` as MessageKey);
      if (!reason) return chapter(s, title, sectionBody(s, m, f, charts));
      // An empty section says why in a box, without taking a page of its own.
      const why = skipText(reason, f);
      return chapter(s, title, `<p class="skipped">${escapeHtml(why.charAt(0).toUpperCase() + why.slice(1))}</p>`, true);
    })
    .join('\n');
  const title = `${reportTitle(m, f)} · ${m.project.name}`;
  return `<!DOCTYPE html>
<html lang="${f.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${coverHtml(m, f)}
${chapters}
</body>
</html>`;
}

export interface PageTemplates {
  headerTemplate: string;
  footerTemplate: string;
}

/** Running header (report and project) and footer ("Page n of N"), in the report's language. */
export function pageTemplates(m: ReportContents, f: Formatter): PageTemplates {
  const style = `font-family:${reportFont(f.lang).replace(/"/g, "'")};font-size:7.5pt;color:#6b7785;width:100%;margin:0 14mm;display:flex;justify-content:space-between;`;
  const page = escapeHtml(f.t('report.page', { page: '\u0000', pages: '\u0001' }))
    .replace('\u0000', '<span class="pageNumber"></span>')
    .replace('\u0001', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(m.branding.title || `ROI Studio · ${f.t('report.title')}`)}</span><span>${escapeHtml(m.branding.client || m.project.name)}</span></div>`,
    footerTemplate: `<div style="${style}"><span>${escapeHtml(f.date(m.generatedAt))}</span><span>${page}</span></div>`,
  };
}
