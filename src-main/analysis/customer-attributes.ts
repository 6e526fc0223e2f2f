import type { Database } from 'better-sqlite3';
import { needsParam } from '@shared/analyses/index.js';
import { AppError } from '@shared/errors.js';
import { parseNumber } from '@shared/values/number.js';
import { customerAttributeRows } from '../store/customers.js';

const BUILT_IN = ['age'] as const;

/**
 * Numeric customer attributes for clustering: the `age` role or any extra column kept
 * from the customers table (e.g. 会员积分). Values that are not numbers count as missing.
 */
export function loadNumericAttributes(db: Database, names: readonly string[]): { names: string[]; byCustomer: Map<string, (number | null)[]> } {
  const rows = customerAttributeRows(db);
  if (rows.length === 0) throw new AppError('error.needsData', { kinds: needsParam(['customers']) });
  const byCustomer = new Map<string, (number | null)[]>();
  const seen = new Set<string>();
  for (const [id, age, extra] of rows) {
    const fields = extra ? (JSON.parse(extra) as Record<string, string>) : {};
    const values = names.map((name) => {
      if ((BUILT_IN as readonly string[]).includes(name)) {
        if (age !== null) seen.add(name);
        return age;
      }
      if (!(name in fields)) return null;
      seen.add(name);
      const n = parseNumber(fields[name]);
      return typeof n === 'number' ? n : null;
    });
    byCustomer.set(id, values);
  }
  const unknown = names.filter((n) => !seen.has(n));
  if (unknown.length) throw new AppError('error.invalidInput', { detail: `customer attribute(s) with no numeric values: ${unknown.join(', ')}` });
  return { names: [...names], byCustomer };
}
