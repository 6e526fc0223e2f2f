/**
 * The project's channel map (migration 004): which channel each name counts as in the
 * analyses. The importer already stores one spelling per channel (`抖音`, `Douyin` and
 * `巨量引擎` → Douyin); this is where the user merges two channels into one or splits
 * a name out of a channel the importer merged it into.
 *
 * Paths are stored as exported (`google > meta`), so their steps go through the
 * importer's normalisation here, at reading. Spend, touchpoints and orders store the
 * importer's spelling in `channel` and the file's in `channel_raw` (migration 005) where
 * they differ, so a split of an importer alias (淘宝直通车 out of Taobao) applies to every
 * row at once, whichever kind and whenever imported; rows imported before migration 005
 * have no raw spelling, and a split reaches them only by their stored name.
 */
import type { Database } from 'better-sqlite3';
import type { ChannelEntry } from '@shared/channel-map.js';
import type { ChannelSpelling } from '@shared/datasets.js';
import type { DatasetKind } from '@shared/kinds.js';
import { isChannelsOwnName } from '@shared/i18n/channels.js';
import { normaliseChannel } from '@shared/values/channel.js';
import { recordDataChange } from './datasets.js';

/** The channel a row counts as, from its stored channel and, where kept, the file's spelling of it. */
export type ChannelResolver = (channel: string, raw?: string | null) => string;

function readMap(db: Database): Map<string, string> {
  return new Map(db.prepare('SELECT name, channel FROM channel_map').raw().all() as [string, string][]);
}

/** The channel a stored row counts as: the user's word on the file's spelling first, then on the stored name. */
export function channelResolver(db: Database): ChannelResolver {
  const map = readMap(db);
  if (map.size === 0) return (name) => name;
  return (name, raw) => (raw ? map.get(raw) : undefined) ?? map.get(name) ?? name;
}

/** The channel a step of a stored path counts as: the user's word on the raw name first, then the importer's normalisation. */
export function pathStepResolver(db: Database): ChannelResolver {
  const resolve = channelResolver(db);
  const memo = new Map<string, string>();
  return (raw) => {
    let channel = memo.get(raw);
    if (channel === undefined) {
      channel = resolve(normaliseChannel(raw), raw);
      memo.set(raw, channel);
    }
    return channel;
  };
}

/** Any separator a paths export may use between steps (model/attribution/journeys-from-paths.ts). */
export const PATH_STEP = /\s*(?:->|>|＞|→|[|｜]|[,，、])\s*/;

/**
 * Every channel name the project holds, with what it counts as and how many rows carry
 * it per kind. Names are listed as the files spelled them, so the importer's aliases are
 * visible (raw → channel).
 */
export function listChannels(db: Database): ChannelEntry[] {
  const map = readMap(db);
  const entries = new Map<string, ChannelEntry>();
  const entry = (name: string, importer: string): ChannelEntry => {
    let e = entries.get(name);
    if (!e) {
      e = { name, importer, channel: map.get(name) ?? map.get(importer) ?? importer, mapped: map.has(name), rows: {} };
      entries.set(name, e);
    }
    return e;
  };
  for (const kind of ['spend', 'touchpoints', 'orders'] as const) {
    const sql = `SELECT channel, channel_raw, count(*) FROM ${kind} WHERE channel IS NOT NULL GROUP BY channel, channel_raw`;
    for (const [importer, raw, rows] of db.prepare(sql).raw().all() as [string, string | null, number][]) {
      const e = entry(raw ?? importer, importer);
      e.rows[kind] = (e.rows[kind] ?? 0) + rows;
    }
  }
  for (const [path, rows] of db.prepare('SELECT path, count(*) FROM paths GROUP BY path').raw().all() as [string, number][]) {
    for (const step of new Set(path.split(PATH_STEP).filter((s) => s !== ''))) {
      const e = entry(step, normaliseChannel(step));
      e.rows.paths = (e.rows.paths ?? 0) + rows;
    }
  }
  // Names only the map knows (a merge target no data carries yet) are not listed: nothing counts as them by themselves.
  return [...entries.values()].sort((a, b) => a.channel.localeCompare(b.channel) || a.name.localeCompare(b.name));
}

/** At most this many spellings are kept in a quality report: the channel map page lists them all. */
const SPELLINGS_KEPT = 50;

/**
 * Of the spellings a file used for its channels, those worth telling: the importer counted
 * them as another channel (not merely the channel's name in the other language); most rows
 * first, at most SPELLINGS_KEPT.
 */
export function spellingsWorthTelling(spellings: readonly ChannelSpelling[]): ChannelSpelling[] {
  // 抖音 stored as Douyin is the same name in another language: only other spellings are news.
  return spellings
    .filter((s) => !isChannelsOwnName(s.channel, s.raw))
    .sort((a, b) => b.rows - a.rows || a.raw.localeCompare(b.raw))
    .slice(0, SPELLINGS_KEPT);
}

/**
 * The spellings one imported dataset used that the importer counted as another channel,
 * with their rows, over the whole file (the mapping step saw only the preview's rows).
 * Imports count them as they store the rows (import/quality.ts); this reads them back.
 */
export function datasetSpellings(db: Database, kind: DatasetKind, datasetId: number): ChannelSpelling[] {
  let spellings: ChannelSpelling[];
  if (kind === 'paths') {
    const counts = new Map<string, ChannelSpelling>();
    for (const [path, rows] of db.prepare('SELECT path, count(*) FROM paths WHERE dataset_id = ? GROUP BY path').raw().all(datasetId) as [string, number][]) {
      for (const raw of new Set(path.split(PATH_STEP).filter((s) => s !== ''))) {
        const channel = normaliseChannel(raw);
        if (channel === raw) continue;
        const s = counts.get(raw) ?? counts.set(raw, { raw, channel, rows: 0 }).get(raw)!;
        s.rows += rows;
      }
    }
    spellings = [...counts.values()];
  } else if (kind === 'spend' || kind === 'touchpoints' || kind === 'orders') {
    const sql = `SELECT channel_raw AS raw, channel, count(*) AS rows FROM ${kind} WHERE dataset_id = ? AND channel_raw IS NOT NULL GROUP BY channel_raw, channel`;
    spellings = db.prepare(sql).all(datasetId) as ChannelSpelling[];
  } else return [];
  return spellingsWorthTelling(spellings);
}

/**
 * Says which channel `name` counts as: another channel (merge), itself (split it out of
 * the channel the importer put it in), or null (back to the importer's choice). Entries
 * that counted as `name` follow it, so the map stays one level deep. Analyses saved
 * before become out of date, as after an import.
 */
export function setChannel(db: Database, name: string, channel: string | null): void {
  db.transaction(() => {
    if (channel === null) db.prepare('DELETE FROM channel_map WHERE name = ?').run(name);
    else {
      // Merging into a channel that itself counts as another goes straight to that one.
      if (channel !== name) channel = (db.prepare('SELECT channel FROM channel_map WHERE name = ?').pluck().get(channel) as string | undefined) ?? channel;
      db.prepare('INSERT INTO channel_map (name, channel) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET channel = excluded.channel').run(name, channel);
      db.prepare('UPDATE channel_map SET channel = ? WHERE channel = ? AND name <> ?').run(channel, name, name);
    }
    recordDataChange(db, new Date().toISOString());
  })();
}
