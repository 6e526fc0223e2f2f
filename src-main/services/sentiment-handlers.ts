import type { HandlerMap } from './registry.js';
import { withProject } from './dataset-handlers.js';
import { correctionKey } from '../model/text/index.js';
import { resetCorrections, setCorrection } from '../store/review-corrections.js';
import { pageReviewItems } from '../store/review-items.js';

/** The review table's label corrections (store/review-corrections.ts; the next run learns from them) and its pages (store/review-items.ts). */
export function sentimentHandlers(): Partial<HandlerMap> {
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
    'sentiment.reviews': ({ project, filter, after, limit }) => withProject(project, (db) => pageReviewItems(db, filter, after, limit)),
  };
}
