/**
 * Which customer attributes k-means can use: the `age` role when mapped, and the extra
 * columns kept from the customers file whose sampled values are mostly numbers (a text
 * column such as a membership tier would only be refused by the service).
 */
type Cell = string | number | null;

const NUMBER = /^[-+]?[¥$€]?\s*(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?\s*(%|万|亿)?$/;

function isNumeric(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text !== '' && /\d/.test(text) && NUMBER.test(text);
}

/** Extra columns (the `extra` JSON of customers rows) with at least `share` numeric non-empty values. */
export function numericExtraColumns(page: { columns: readonly string[]; rows: readonly (readonly Cell[])[] }, share = 0.8): string[] {
  const extra = page.columns.indexOf('extra');
  if (extra < 0) return [];
  const seen = new Map<string, { filled: number; numeric: number }>();
  for (const row of page.rows) {
    const raw = row[extra];
    if (typeof raw !== 'string' || raw === '') continue;
    let fields: Record<string, unknown>;
    try {
      fields = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const [name, value] of Object.entries(fields)) {
      if (value === null || value === '') continue;
      const s = seen.get(name) ?? { filled: 0, numeric: 0 };
      s.filled++;
      if (isNumeric(value)) s.numeric++;
      seen.set(name, s);
    }
  }
  return [...seen.entries()].filter(([, s]) => s.filled > 0 && s.numeric / s.filled >= share).map(([name]) => name);
}
