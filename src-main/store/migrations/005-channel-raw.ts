import type { Database } from 'better-sqlite3';

/**
 * Each spend, touchpoint and order row keeps the channel name as its file spelled it
 * (`channel_raw`, NULL when the importer kept it as written), beside the importer's
 * spelling in `channel`. A user who splits an importer alias out of a channel
 * (淘宝直通车 out of Taobao, store/channel-map.ts) then moves the rows already stored
 * under it, not only those imported later. Rows imported before this migration have no
 * raw name: a split reaches them only when their stored name is the one split out.
 */
export function up(db: Database): void {
  for (const kind of ['spend', 'touchpoints', 'orders']) db.exec(`ALTER TABLE ${kind} ADD COLUMN channel_raw TEXT`);
}
