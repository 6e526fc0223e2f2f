/**
 * The report's glossary: the terms of the sections it holds, named and defined as on
 * screen (src-shared/glossary.ts), so a client reading the PDF or the workbook alone can
 * look up any figure.
 */
import { GLOSSARY_GROUPS, termDefinitionKey, termKey } from '@shared/glossary.js';
import type { GlossaryGroup, TermId } from '@shared/glossary.js';
import type { Formatter } from './format.js';
import type { ReportContents } from './contents.js';
import type { ReportTable } from './table.js';

/** The glossary groups a report section uses; money and customers always. */
const GROUPS_OF_SECTION: Partial<Record<ReportContents['sections'][number], GlossaryGroup[]>> = {
  channels: ['attribution'],
  funnel: ['attribution'],
  cohorts: ['customers'],
  segments: ['customers'],
  ltv: ['customers'],
  baskets: ['basket'],
  mmm: ['mmm'],
  reviews: ['sentiment'],
};

export function glossaryTable(m: ReportContents, f: Formatter): ReportTable {
  const groups = new Set<GlossaryGroup>(['basics', ...m.sections.flatMap((s) => (m.skipped[s] ? [] : (GROUPS_OF_SECTION[s] ?? [])))]);
  const ids = (Object.keys(GLOSSARY_GROUPS) as GlossaryGroup[]).filter((g) => groups.has(g)).flatMap((g) => GLOSSARY_GROUPS[g] as readonly TermId[]);
  return {
    id: 'glossary',
    title: f.t('report.glossary.title'),
    columns: [
      { label: f.t('report.glossary.term'), kind: 'text' },
      { label: f.t('report.glossary.definition'), kind: 'text' },
    ],
    rows: ids.map((id) => [f.t(termKey(id)), f.t(termDefinitionKey(id))]),
  };
}
