/** The funnel and cohort chapters of the PDF (issue 16, item 4): what the figures say, the tables, the run they come from. */
import type { Formatter } from '../format.js';
import type { ReportContents } from '../contents.js';
import { COHORT_MONTHS_IN_PDF, cohortRetentionTable, cohortRevenueTable, funnelChannelsTable, funnelStepsTable } from '../tables-journeys.js';
import { paragraph, provenance, tableHtml } from './blocks.js';

export function funnelBody(m: ReportContents, f: Formatter): string {
  const run = m.funnel;
  if (!run) return '';
  const r = run.result;
  const channels = funnelChannelsTable(r, f);
  return [
    paragraph(f.t('report.funnel.intro', { customers: f.number(r.customers), days: f.number(r.windowDays) })),
    tableHtml(funnelStepsTable(r, f), f),
    channels ? tableHtml(channels, f) : '',
    provenance(run, 'funnel', f),
  ].join('');
}

export function cohortsBody(m: ReportContents, f: Formatter): string {
  const run = m.cohorts;
  if (!run) return '';
  const r = run.result;
  return [
    paragraph(f.t('report.cohorts.intro', { cohorts: f.number(r.cohorts.length), month: r.lastMonth })),
    tableHtml(cohortRetentionTable(r, f, COHORT_MONTHS_IN_PDF.retention), f),
    tableHtml(cohortRevenueTable(r, f, COHORT_MONTHS_IN_PDF.revenue), f),
    provenance(run, 'cohorts', f),
  ].join('');
}
