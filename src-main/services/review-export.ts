/**
 * The review table as a file (issue 16, item 3): every review that matches the screen's
 * filter, in its order, with the whole text (the screen cuts it at TEXT_SHOWN), the
 * user's corrected label where there is one, and the headers in the user's language.
 * Streamed from the store, so 100k reviews never sit in memory; formula-safe like every
 * export (report/table-file.ts).
 */
import type { Database } from 'better-sqlite3';
import { translate } from '@shared/i18n/index.js';
import type { Lang } from '@shared/i18n/index.js';
import { aspectName } from '@shared/i18n/sentiment-words.js';
import type { ReviewItem, ReviewItemFilter, ReviewItemSort } from '@shared/review-items.js';
import type { TableExportFormat } from '@shared/table-export.js';
import { correctionKey } from '../model/text/index.js';
import { writeRowsFile } from '../report/table-file.js';
import { listCorrections } from '../store/review-corrections.js';
import { iterateReviewItems } from '../store/review-items.js';

type Cell = string | number | null;

/** The header of each exported column, in order. */
export function reviewExportHeaders(lang: Lang): string[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return [
    t('ui.sentiment.col.review'),
    t('ui.sentiment.col.date'),
    t('term.sentimentScore'),
    t('ui.sentiment.col.label'),
    t('ui.sentiment.col.aspects'),
    t('ui.sentiment.product'),
    t('ui.sentiment.platform'),
    t('ui.sentiment.customer'),
  ];
}

function* exportedRows(db: Database, filter: ReviewItemFilter, sort: ReviewItemSort | null, lang: Lang): Generator<Cell[]> {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  // Labels corrected since the run are the user's, as the table shows them.
  const corrected = new Map(listCorrections(db).map((c) => [c.textKey, c.label]));
  const labelOf = (item: ReviewItem) => (corrected.size > 0 ? corrected.get(correctionKey(item.text)) : undefined) ?? item.label;
  for (const item of iterateReviewItems(db, filter, sort)) {
    const label = labelOf(item);
    yield [
      item.text,
      item.date,
      item.score,
      t(`ui.sentiment.label.${label ?? 'unscored'}`),
      item.aspects.map((a) => `${aspectName(a.aspect, t)}: ${t(`ui.sentiment.label.${a.label}`)}`).join('; '),
      item.product,
      item.platform,
      item.customerId,
    ];
  }
}

export async function writeReviewsFile(db: Database, file: string, format: TableExportFormat, filter: ReviewItemFilter, sort: ReviewItemSort | null, lang: Lang): Promise<void> {
  await writeRowsFile(file, format, translate(lang, 'ui.sentiment.reviewsTitle'), reviewExportHeaders(lang), exportedRows(db, filter, sort, lang));
}
