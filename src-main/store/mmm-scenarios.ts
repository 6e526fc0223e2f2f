/**
 * The what-if planner's saved scenarios (issue 12, item 6): a short list the user names,
 * reopens and deletes. Kept as one JSON list in project_meta, as the review corrections
 * are (store/review-corrections.ts): a few dozen small entries read whole, no query by
 * field, so a table of their own would buy nothing.
 */
import type { Database } from 'better-sqlite3';
import type { MmmScenario } from '@shared/mmm-plan.js';
import { getMeta, setMeta } from './meta.js';

const KEY = 'mmm_scenarios';

const isNumberList = (x: unknown): x is number[] => Array.isArray(x) && x.every((v) => typeof v === 'number' && Number.isFinite(v));

const isScenario = (x: unknown): x is MmmScenario => {
  const s = x as Partial<MmmScenario> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.id === 'number' &&
    typeof s.name === 'string' &&
    Array.isArray(s.channels) &&
    isNumberList(s.spend) &&
    s.channels.length === s.spend.length &&
    typeof s.revenue === 'number' &&
    typeof s.weeks === 'number'
  );
};

/** Oldest first; entries of a wrong shape (a hand-edited file) are ignored. */
export function listScenarios(db: Database): MmmScenario[] {
  const raw = getMeta(db, KEY);
  if (raw === undefined) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter(isScenario) : [];
  } catch {
    return [];
  }
}

/** Adds a scenario with the next id (ids are never reused, so a deleted one cannot come back under another's name). */
export function addScenario(db: Database, scenario: Omit<MmmScenario, 'id' | 'savedAt'>): MmmScenario {
  return db.transaction(() => {
    const list = listScenarios(db);
    const lastId = Number(getMeta(db, `${KEY}_last_id`) ?? 0);
    const id = Math.max(lastId, ...list.map((s) => s.id)) + 1;
    const saved: MmmScenario = { ...scenario, id, savedAt: new Date().toISOString() };
    setMeta(db, KEY, JSON.stringify([...list, saved]));
    setMeta(db, `${KEY}_last_id`, String(id));
    return saved;
  }).immediate();
}

export function deleteScenario(db: Database, id: number): boolean {
  return db.transaction(() => {
    const list = listScenarios(db);
    const kept = list.filter((s) => s.id !== id);
    if (kept.length === list.length) return false;
    setMeta(db, KEY, JSON.stringify(kept));
    return true;
  }).immediate();
}
