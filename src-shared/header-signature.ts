/**
 * A source's header signature (issue 16, item 2): the same export of the same platform
 * has the same headers, whatever their order or spacing; a changed export (a column
 * added, renamed or dropped) has another signature, so a remembered mapping never lands
 * on headers it was not made for.
 */
export function headerSignature(headers: readonly string[]): string {
  const names = headers.map((h) => h.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean);
  return [...new Set(names)].sort().join('\u0001');
}

/** What the preview says when it applied a mapping remembered from an earlier import of the same source. */
export interface RememberedMapping {
  datasetId: number;
  file: string;
  importedAt: string;
}

/** A stored dataset the file may repeat, told before the mapping step (issue 16, item 2). */
export interface StoredSource {
  datasetId: number;
  file: string;
  importedAt: string;
  /** Its dates (first and last day), when its kind has dates. */
  from: string | null;
  to: string | null;
}
