/**
 * A header name that fills a role. A plain string is a full-confidence name; a weighted
 * one says how sure the name is (`Subtotal` is revenue, but `Total` is the better pick).
 */
export type Synonym = string | readonly [name: string, weight: number];

export function weighted(weight: number, ...names: string[]): Synonym[] {
  return names.map((name) => [name, weight] as const);
}
