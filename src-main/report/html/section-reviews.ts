/** The report's chapter on reviews: sentiment shares, by month and aspect, praise and complaints in words, at-risk complainers. */
import { escapeHtml } from '../format.js';
import { bilingual } from '../labels.js';
import type { Formatter } from '../format.js';
import type { ReportContents } from '../contents.js';
import { alertSentences, learningSentence, sentimentAtRiskTable, sentimentByAspectTable, sentimentByMonthTable, sentimentIntro, termSentences } from '../tables-sentiment.js';
import { paragraph, provenance, tableHtml } from './blocks.js';

export function reviewsBody(m: ReportContents, f: Formatter): string {
  const run = m.sentiment;
  if (!run) return '';
  const s = run.result;
  const atRisk = sentimentAtRiskTable(s, f);
  const learned = learningSentence(s, f);
  return [
    paragraph(sentimentIntro(s, f)),
    ...alertSentences(s, f).map((a) => paragraph(a, 'note')),
    `<ul class="bundles">${termSentences(s, f).map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`,
    s.byMonth.length ? tableHtml(sentimentByMonthTable(s, f), f) : '',
    s.byAspect.length ? tableHtml(sentimentByAspectTable(s, f), f) : '',
    atRisk ? tableHtml(atRisk, f) : '',
    learned ? paragraph(learned, 'note') : '',
    ...s.notes.map((n) => paragraph(bilingual(n, f), 'note')),
    provenance(run, 'sentiment', f),
  ].join('');
}
