/**
 * The project's channel map (migration 004): which channel each name counts as in the
 * analyses. The importer already stores one spelling per channel (`抖音`, `Douyin` and
 * `巨量引擎` → Douyin); this is where the user merges two channels into one or splits
 * a name out of a channel the importer merged it into.
 *
 * Paths are stored as exported (`google > meta`), so their steps go through the
 * importer's normalisation here, at reading; a split of an importer alias (淘宝直通车 out
 * of Taobao) therefore applies to paths at once. Spend, touchpoints and orders are
 * stored normalised: a split applies to rows stored under the raw name (imports from
 * before an alias existed) and to merges made here, not to rows the importer already
 * merged (their raw spelling is not kept per row).
 */
import type { Database } from 'better-sqlite3';
import type { ChannelEntry } from '@shared/channel-map.js';
import { recordDataChange } from './datasets.js';

export type ChannelResolver = (name: string) => string;
/** The importer's normalisation (import/values/channel.ts), passed in: the store does not depend on the importer. */
export type Normalise = (raw: string) => string;

function readMap(db: Database): Map<string, string> {
  return new Map(db.prepare('SELECT name, channel FROM channel_map').raw().all() as [string, string][]);
}

/** Names the user split out (counted as themselves): the importer keeps them as written from now on. */
export function splitNames(db: Database): string[] {
  return db.prepare('SELECT name FROM channel_map WHERE channel = name').pluck().all() as string[];
}

/** The channel a stored channel name counts as. */
export function channelResolver(db: Database): ChannelResolver {
  const map = readMap(db);
  if (map.size === 0) return (name) => name;
  return (name) => map.get(name) ?? name;
}

/** The channel a step of a stored path counts as: the user's word on the raw name first, then the importer's normalisation. */
export function pathStepResolver(db: Database, normaliseChannel: Normalise): ChannelResolver {
  const map = readMap(db);
  const memo = new Map<string, string>();
  return (raw) => {
    let channel = memo.get(raw);
    if (channel === undefined) {
      const normal = normaliseChannel(raw);
      channel = map.get(raw) ?? map.get(normal) ?? normal;
      memo.set(raw, channel);
    }
    return channel;
  };
}

/** Any separator a paths export may use between steps (model/attribution/journeysFromPaths.ts). */
export const PATH_STEP = /\s*(?:->|>|＞|→|[|｜]|[,，、])\s*/;

/**
 * Every channel name the project holds, with what it counts as and how many rows carry
 * it per kind. Path steps are listed by their raw spelling, so the importer's aliases are
 * visible (raw → channel).
 */
export function listChannels(db: Database, normaliseChannel: Normalise): ChannelEntry[] {
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
    for (const [name, rows] of db.prepare(`SELECT channel, count(*) FROM ${kind} WHERE channel IS NOT NULL GROUP BY channel`).raw().all() as [string, number][]) {
      const e = entry(name, name);
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
