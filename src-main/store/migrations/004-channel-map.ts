import type { Database } from 'better-sqlite3';

/**
 * The project's channel map: the user's say over which channel a name counts as. `name`
 * is a channel as stored, or as a paths export spells a step; `channel` is the channel
 * analyses use for it. Names not in the map count as themselves (after the importer's
 * normalisation). One level only: merging into a channel that is itself mapped follows
 * it at write time (store/channel-map.ts), so reading never walks chains.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE channel_map (
      name TEXT PRIMARY KEY,
      channel TEXT NOT NULL CHECK (channel <> '')
    ) STRICT, WITHOUT ROWID;
  `);
}
