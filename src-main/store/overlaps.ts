/**
 * Overlaps between datasets of the same kind: rows of two imports that describe the same
 * thing (the same day of the same campaign's spend, the same order…), found through each
 * kind's natural key. Clients export "the last 30 days" every month, so overlapping
 * exports are the rule; counting both would double every overlapping figure.
 *
 * Natural keys (NULLs compare equal inside the key, as json_array writes them as null):
 *   spend        date × channel × campaign
 *   touchpoints  customer × timestamp × channel × event
 *   orders       order_id when the row has one, else customer × date × product
 *   customers    customer_id
 *   reviews      text × date × customer (an anonymous "好评" on another day is another review)
 *   paths        none: an aggregated export has neither dates nor ids, so the only overlap
 *                that can be told is the same file again (its sha256, pipeline.ts).
 */
import type { Database } from 'better-sqlite3';
import type { DatasetKind } from '@shared/kinds.js';
import { MONEY_ROLE } from '@shared/datasets.js';
import type { OverlapPolicy, OverlapReport, StoredOverlap } from '@shared/datasets.js';
import { deleteDataset } from './datasets.js';

interface KeySpec {
  /** SQL expression over the kind's columns: one value per natural key. */
  key: string;
  /** The column whose range is the period a dataset covers (null: none). */
  period: string | null;
  /** The money a row carries (null: none). */
  money: string | null;
  /**
   * `replace` removes the stored rows of the new file's period only within these values
   * of this column: a Google Ads export replaces Google's days, not Meta's.
   */
  scope: string | null;
}

const KEYS: Partial<Record<DatasetKind, KeySpec>> = {
  spend: { key: 'json_array(date, channel, campaign)', period: 'date', money: MONEY_ROLE.spend!, scope: 'channel' },
  touchpoints: { key: 'json_array(customer_id, timestamp, channel, event)', period: 'timestamp', money: MONEY_ROLE.touchpoints!, scope: null },
  orders: {
    key: `CASE WHEN order_id IS NOT NULL THEN json_array('id', order_id) ELSE json_array(customer_id, date, product) END`,
    period: 'date',
    money: MONEY_ROLE.orders!,
    scope: null,
  },
  customers: { key: 'json_array(customer_id)', period: null, money: null, scope: null },
  reviews: { key: 'json_array(text, date, customer_id)', period: 'date', money: null, scope: null },
};

export const hasNaturalKey = (kind: DatasetKind): boolean => KEYS[kind] !== undefined;

/** The stored column whose days are the period a dataset of this kind covers (null: none). */
export const periodColumn = (kind: DatasetKind): string | null => KEYS[kind]?.period ?? null;

/** The stored column within whose values `replace` stays (spend: the channels the new file has), or null. */
export const scopeColumn = (kind: DatasetKind): string | null => KEYS[kind]?.scope ?? null;

/**
 * What each stored dataset of `kind` holds between two days (inclusive): the rows it has
 * now — not the span its import once had, since a later "replace" may have taken some —
 * so a new file's period can be compared before anything is written. `scope`: the values
 * of the kind's scope column the new file has (its channels), as `replace` would keep to.
 */
export function storedWithin(db: Database, kind: DatasetKind, from: string, to: string, scope: readonly string[] | null = null): { datasetId: number; file: string; rows: number; from: string; to: string }[] {
  const period = periodColumn(kind);
  if (!period) return [];
  const day = `substr(${period}, 1, 10)`;
  const within = scope && scopeColumn(kind) ? `AND ${scopeColumn(kind)} IN (SELECT value FROM json_each(?))` : '';
  const params: unknown[] = [from, to];
  if (within) params.push(JSON.stringify(scope));
  return db
    .prepare(
      `SELECT dataset_id AS datasetId, file_name AS file, count(*) AS rows, min(${day}) AS "from", max(${day}) AS "to"
       FROM ${kind} JOIN datasets ON datasets.id = dataset_id
       WHERE ${day} BETWEEN ? AND ? ${within} GROUP BY dataset_id ORDER BY dataset_id`,
    )
    .all(...params) as { datasetId: number; file: string; rows: number; from: string; to: string }[];
}

interface Span {
  rows: number;
  from: string | null;
  to: string | null;
  money: number | null;
}

function spanColumns(spec: KeySpec): string {
  const p = spec.period ? `substr(${spec.period}, 1, 10)` : 'NULL';
  return `count(*) AS rows, min(${p}) AS "from", max(${p}) AS "to", ${spec.money ? `total(${spec.money})` : 'NULL'} AS money`;
}

/**
 * What the dataset `id` (just written, not committed) shares with the other datasets of
 * its kind, or null when it shares nothing. The table holds only its kind's rows, so
 * "another dataset" is any other dataset_id in it. `kind` names a table: one of the dataset kinds.
 */
export function findOverlap(db: Database, kind: DatasetKind, id: number): Omit<OverlapReport, 'policy' | 'removed'> | null {
  const spec = KEYS[kind];
  if (!spec) return null;
  const others = db.prepare('SELECT 1 FROM datasets WHERE kind = ? AND id <> ? LIMIT 1').get(kind, id);
  if (!others) return null;
  const incoming = db
    .prepare(`SELECT ${spanColumns(spec)} FROM ${kind} WHERE dataset_id = ? AND ${spec.key} IN (SELECT ${spec.key} FROM ${kind} WHERE dataset_id <> ?)`)
    .get(id, id) as Span;
  if (incoming.rows === 0) return null;
  const stored = db
    .prepare(
      `SELECT dataset_id AS id, file_name AS file, ${spanColumns(spec)} FROM ${kind} JOIN datasets ON datasets.id = dataset_id
       WHERE dataset_id <> ? AND ${spec.key} IN (SELECT ${spec.key} FROM ${kind} WHERE dataset_id = ?)
       GROUP BY dataset_id ORDER BY dataset_id`,
    )
    .all(id, id) as (Span & { id: number; file: string })[];
  return { rows: incoming.rows, from: incoming.from, to: incoming.to, money: incoming.money, stored };
}

/**
 * Applies the user's choice to an overlap found by `findOverlap`, inside the import's
 * transaction, and returns how many rows it removed:
 *   replace    the overlapping datasets lose their rows of the new file's period (within
 *              its scope) and any row whose key the new file has: the new file wins;
 *   new-only   the new dataset loses the rows whose key is stored already;
 *   keep-both  nothing changes (both count: the overlap stays flagged).
 * Removed rows are subtracted from their dataset's row count, so the catalogue says what
 * the project holds.
 */
export function resolveOverlap(db: Database, kind: DatasetKind, id: number, overlap: Omit<OverlapReport, 'policy' | 'removed'>, policy: OverlapPolicy): number {
  const spec = KEYS[kind];
  if (!spec || policy === 'keep-both') return 0;
  const uncount = db.prepare('UPDATE datasets SET rows_imported = rows_imported - ? WHERE id = ?');
  if (policy === 'new-only') {
    const { changes } = db.prepare(`DELETE FROM ${kind} WHERE dataset_id = ? AND ${spec.key} IN (SELECT ${spec.key} FROM ${kind} WHERE dataset_id <> ?)`).run(id, id);
    uncount.run(changes, id);
    return changes;
  }
  const period = spec.period
    ? `OR (substr(${spec.period}, 1, 10) BETWEEN (SELECT min(substr(${spec.period}, 1, 10)) FROM ${kind} WHERE dataset_id = :id)
                                             AND (SELECT max(substr(${spec.period}, 1, 10)) FROM ${kind} WHERE dataset_id = :id)
           ${spec.scope ? `AND ${spec.scope} IN (SELECT ${spec.scope} FROM ${kind} WHERE dataset_id = :id)` : ''})`
    : '';
  const remove = db.prepare(`DELETE FROM ${kind} WHERE dataset_id = :old AND (${spec.key} IN (SELECT ${spec.key} FROM ${kind} WHERE dataset_id = :id) ${period})`);
  let removed = 0;
  for (const s of overlap.stored) {
    const { changes } = remove.run({ old: s.id, id });
    uncount.run(changes, s.id);
    removed += changes;
  }
  return removed;
}

/**
 * The datasets a replace left without a row (every day of theirs came again in a newer
 * export), deleted inside the import's transaction: a dataset of 0 rows in the list only
 * asks the user to delete it. Their rows are gone already; this takes their catalogue
 * entry, import issues and rejected rows, and returns which ones went, for the outcome.
 */
export function removeEmptied(db: Database, overlap: Pick<OverlapReport, 'stored'>): { id: number; file: string }[] {
  const left = db.prepare('SELECT rows_imported AS rows FROM datasets WHERE id = ?').pluck();
  const emptied = overlap.stored.filter((s) => (left.get(s.id) as number | undefined) === 0).map((s) => ({ id: s.id, file: s.file }));
  for (const d of emptied) deleteDataset(db, d.id);
  return emptied;
}

/**
 * Overlaps already in the project — imported before overlaps were checked, or kept on
 * purpose (keep-both): per kind, the rows whose natural key more than one dataset has.
 * Kinds with fewer than two datasets cost nothing.
 */
export function storedOverlaps(db: Database): StoredOverlap[] {
  const found: StoredOverlap[] = [];
  const kinds = db.prepare('SELECT kind FROM datasets GROUP BY kind HAVING count(*) > 1').pluck().all() as DatasetKind[];
  for (const kind of kinds) {
    const spec = KEYS[kind];
    if (!spec) continue;
    const span = db
      .prepare(
        `SELECT ${spanColumns(spec)}, group_concat(DISTINCT dataset_id) AS ids FROM ${kind}
         WHERE ${spec.key} IN (SELECT ${spec.key} FROM ${kind} GROUP BY 1 HAVING count(DISTINCT dataset_id) > 1)`,
      )
      .get() as Span & { ids: string | null };
    if (span.rows === 0 || !span.ids) continue;
    const datasets = span.ids
      .split(',')
      .map(Number)
      .sort((a, b) => a - b);
    found.push({ kind, rows: span.rows, from: span.from, to: span.to, money: span.money, datasets });
  }
  return found;
}
