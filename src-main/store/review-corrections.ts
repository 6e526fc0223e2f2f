/**
 * The user's corrections of review labels (issue 15): the sentiment model adapts to the
 * shop's words from them, and the corrected reviews keep the user's label. Keyed by the
 * review's text as the model compares copies (model/text/adapt.ts, correctionKey), so a
 * correction holds for every copy of a review and survives a re-import of the file.
 *
 * Kept as one JSON list in project_meta: a few hundred short entries, read whole by every
 * run. (A table of their own needs a migration; 005 and 006 are being taken by work merged
 * at the same time and the migration list allows no gap, so this waits for them.)
 */
import type { Database } from 'better-sqlite3';
import { getMeta, setMeta } from './meta.js';

export type CorrectedLabel = 'positive' | 'neutral' | 'negative';

export interface StoredCorrection {
  textKey: string;
  text: string;
  label: CorrectedLabel;
  correctedAt: string;
}

const KEY = 'sentiment_corrections';
const LABELS: ReadonlySet<string> = new Set(['positive', 'neutral', 'negative']);

const isCorrection = (x: unknown): x is StoredCorrection => {
  const c = x as Partial<StoredCorrection> | null;
  return typeof c === 'object' && c !== null && typeof c.textKey === 'string' && typeof c.text === 'string' && typeof c.label === 'string' && LABELS.has(c.label);
};

/** In the order they were made; entries of a wrong shape (a hand-edited file) are ignored. */
export function listCorrections(db: Database): StoredCorrection[] {
  const raw = getMeta(db, KEY);
  if (raw === undefined) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter(isCorrection) : [];
  } catch {
    return [];
  }
}

/** Keeps the user's label for a review's text; null takes the correction back. Returns how many corrections there are. */
export function setCorrection(db: Database, textKey: string, text: string, label: CorrectedLabel | null): number {
  return db.transaction(() => {
    const list = listCorrections(db).filter((c) => c.textKey !== textKey);
    if (label !== null) list.push({ textKey, text, label, correctedAt: new Date().toISOString() });
    setMeta(db, KEY, JSON.stringify(list));
    return list.length;
  }).immediate();
}

export function resetCorrections(db: Database): void {
  db.prepare('DELETE FROM project_meta WHERE key = ?').run(KEY);
}
