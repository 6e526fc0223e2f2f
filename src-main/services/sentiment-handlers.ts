import { translate } from '@shared/i18n/index.js';
import type { HandlerMap } from './registry.js';
import { withProject } from './dataset-handlers.js';
import type { Workspace } from './workspace.js';
import { correctionKey } from '../model/text/index.js';
import { fileStem } from '../report/table-file.js';
import { openProject } from '../store/project.js';
import { resetCorrections, setCorrection } from '../store/review-corrections.js';
import { pageReviewItems } from '../store/review-items.js';
import { writeReviewsFile } from './review-export.js';

/** The review table's label corrections (store/review-corrections.ts; the next run learns from them), its pages (store/review-items.ts) and its export (review-export.ts). */
export function sentimentHandlers(workspace: Workspace): Partial<HandlerMap> {
  return {
    'sentiment.correct': ({ project, text, label }) =>
      withProject(project, (db) => {
        return { corrections: setCorrection(db, correctionKey(text), text, label) };
      }),
    'sentiment.resetCorrections': ({ project }) =>
      withProject(project, (db) => {
        resetCorrections(db);
        return { corrections: 0 };
      }),
    'sentiment.reviews': ({ project, filter, sort, after, limit }) => withProject(project, (db) => pageReviewItems(db, filter, after, limit, sort ?? null)),
    'sentiment.exportReviews': async ({ project, filter, sort, format, lang }) => {
      const db = openProject(project, { readonly: true });
      try {
        const file = workspace.exportFile(`${fileStem(translate(lang, 'ui.sentiment.reviewsTitle'))}.${format}`);
        await writeReviewsFile(db, file, format, filter, sort ?? null, lang);
        return { file };
      } finally {
        db.close();
      }
    },
  };
}
