/** The `customers` table as the k-means attributes read it. */
import type { Database } from 'better-sqlite3';

/** [customer id, age, extra columns as JSON] of every stored customer. */
export function customerAttributeRows(db: Database): [string, number | null, string | null][] {
  return db.prepare('SELECT customer_id, age, extra FROM customers').raw().all() as [string, number | null, string | null][];
}
