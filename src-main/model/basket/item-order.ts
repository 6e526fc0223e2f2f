/**
 * The canonical order of item ids, and of itemsets written in it. UTF-16 code-unit order
 * (plain `<`), not localeCompare: the same on every machine and locale, so results, tests and
 * saved analyses never reorder.
 */

/** Canonical order of two item ids. */
export function compareItems(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lexicographic order of two ascending code lists; a proper prefix comes first. */
export function compareCodeLists(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * Codes 0…k−1 for the distinct items in canonical order: code order is item order, so an
 * itemset sorted by code is sorted canonically.
 */
export function canonicalCodes(items: Iterable<string>): { codeOf: Map<string, number>; itemOf: string[] } {
  const itemOf = [...new Set(items)].sort(compareItems);
  return { codeOf: new Map(itemOf.map((item, code) => [item, code])), itemOf };
}
