/**
 * What ad platforms report about themselves: conversions and revenue from the spend
 * exports' own columns (issue 16, item 1), per channel through the project's channel map.
 * A basis of its own, never mixed with attribution: each platform claims conversions under
 * its own rules and window, so the same order is often claimed by several platforms.
 */
import type { Database } from 'better-sqlite3';
import { channelResolver } from '../channel-map.js';
import type { PlatformReportedRow } from '@shared/analyses/attribution.result.js';

export type { PlatformReportedRow };


/** Per channel in the period; null when no spend row reports conversions or revenue. */
export function platformReportedByChannel(db: Database, period: { from?: string; to?: string } = {}): PlatformReportedRow[] | null {
  const rows = db
    .prepare(
      `SELECT channel, channel_raw, total(spend), count(conversions), total(conversions), count(revenue), total(revenue)
       FROM spend WHERE date >= ? AND date <= ? GROUP BY channel, channel_raw`,
    )
    .raw()
    .all(period.from ?? '0000-01-01', period.to ?? '9999-12-31') as [string, string | null, number, number, number, number, number][];
  if (!rows.some(([, , , conversionRows, , revenueRows]) => conversionRows > 0 || revenueRows > 0)) return null;
  const resolve = channelResolver(db);
  const byChannel = new Map<string, { spend: number; conversions: number | null; revenue: number | null }>();
  const add = (a: number | null, rows: number, total: number): number | null => (rows === 0 ? a : (a ?? 0) + total);
  for (const [name, raw, spend, conversionRows, conversions, revenueRows, revenue] of rows) {
    const channel = resolve(name, raw);
    const seen = byChannel.get(channel) ?? { spend: 0, conversions: null, revenue: null };
    byChannel.set(channel, { spend: seen.spend + spend, conversions: add(seen.conversions, conversionRows, conversions), revenue: add(seen.revenue, revenueRows, revenue) });
  }
  return [...byChannel]
    .map(([channel, r]) => ({ channel, ...r, roas: r.revenue !== null && r.spend > 0 ? r.revenue / r.spend : null }))
    .sort((a, b) => b.spend - a.spend || (a.channel < b.channel ? -1 : 1));
}

/** [first, last] day of the spend rows, or null without any. */
export function spendDayRange(db: Database): { from: string; to: string } | null {
  const r = db.prepare('SELECT min(substr(date, 1, 10)) AS lo, max(substr(date, 1, 10)) AS hi FROM spend').get() as { lo: string | null; hi: string | null };
  return r.lo && r.hi ? { from: r.lo, to: r.hi } : null;
}

/** Σ spend dated in the period (days inclusive). */
export function spendIn(db: Database, period: { from: string; to: string }): number {
  return (db.prepare('SELECT total(spend) AS s FROM spend WHERE date BETWEEN ? AND ?').get(period.from, period.to) as { s: number }).s;
}

/** Σ spend per calendar month (`YYYY-MM`), months with spend only. */
export function spendByMonth(db: Database): { month: string; spend: number }[] {
  return (db.prepare('SELECT substr(date, 1, 7) AS m, total(spend) FROM spend GROUP BY m').raw().all() as [string, number][]).map(([month, spend]) => ({ month, spend }));
}

/** [channel, channel as written, Σ spend] in the period (days inclusive), for the caller to resolve through the channel map. */
export function spendByStoredChannel(db: Database, period: { from?: string; to?: string } = {}): [string, string | null, number][] {
  return db
    .prepare('SELECT channel, channel_raw, sum(spend) AS spend FROM spend WHERE date >= ? AND date <= ? GROUP BY channel, channel_raw')
    .raw()
    .all(period.from ?? '0000-01-01', period.to ?? '9999-12-31') as [string, string | null, number][];
}

/** Σ spend per day and stored channel, by day. */
export function spendByDayAndChannel(db: Database): { day: string; channel: string; raw: string | null; spend: number }[] {
  return db
    .prepare('SELECT substr(date, 1, 10) AS day, channel, channel_raw AS raw, sum(spend) AS spend FROM spend GROUP BY day, channel, channel_raw ORDER BY day')
    .all() as { day: string; channel: string; raw: string | null; spend: number }[];
}
