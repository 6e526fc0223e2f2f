/**
 * Orders read row-wise, where a per-order shape is what the caller wants (journeys, first
 * orders); the large customer loads and the baskets read columns instead (orders.ts). Dates
 * are the stored wall-clock texts; channels are as stored (`channel`, `channel_raw`), for the
 * caller to resolve through the project's channel map.
 */
import type { Database } from 'better-sqlite3';

/** Whether any order names the channel it came from (a source, UTM or 来源渠道 column). */
export function hasOrderChannels(db: Database): boolean {
  return db.prepare('SELECT 1 FROM orders WHERE channel IS NOT NULL LIMIT 1').get() !== undefined;
}

/** [time, channel, channel as written, revenue] per order with net revenue ≥ 0 (refund-only lines are not orders), by time. */
export function orderSources(db: Database): [string, string | null, string | null, number][] {
  return db
    .prepare(
      `SELECT date, channel, channel_raw, sum(revenue) FROM orders
       GROUP BY customer_id, date, channel, channel_raw HAVING sum(revenue) >= 0 ORDER BY date`,
    )
    .raw()
    .all() as [string, string | null, string | null, number][];
}

/**
 * [channel, channel as written, customers] of first purchases (revenue ≥ 0, the
 * dashboard's definition) dated in the period, days inclusive; first orders without a
 * channel are left out.
 */
export function firstOrderSources(db: Database, period: { from?: string; to?: string }): [string, string | null, number][] {
  return db
    .prepare(
      `SELECT channel, channel_raw, count(*) FROM (
         SELECT channel, channel_raw, date, row_number() OVER (PARTITION BY customer_id ORDER BY date) AS k
         FROM orders WHERE revenue >= 0)
       WHERE k = 1 AND channel IS NOT NULL AND substr(date, 1, 10) BETWEEN ? AND ?
       GROUP BY channel, channel_raw`,
    )
    .raw()
    .all(period.from ?? '0000-01-01', period.to ?? '9999-12-31') as [string, string | null, number][];
}
