/**
 * Memo for per-cell conversions. Dates, channels and event names repeat across a column,
 * so a 1M-row file has only a few thousand distinct values; caching them turns the slow
 * path into a map lookup. The size limit keeps a column of unique values (timestamps,
 * order ids) from growing the map without bound: once full, new entries are not stored.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit = 50_000) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): V {
    if (this.entries.size < this.limit) this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
