/**
 * Column names from a header row. Every column needs a distinct, non-empty name: the
 * mapping step and the quality report refer to columns by name, and exports often carry
 * blank headers (trailing commas) or repeated ones (two "备注" columns).
 */

/** Empty headers become `column N` (N 1-based); a repeated name gets ` (2)`, ` (3)`… */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const taken = new Set<string>();
  const named = cells.map((cell, i) => {
    const trimmed = cell.trim();
    return trimmed === '' ? `column ${i + 1}` : trimmed;
  });
  const result: string[] = [];
  for (const name of named) {
    let candidate = name;
    for (let copy = 2; taken.has(candidate); copy++) candidate = `${name} (${copy})`;
    taken.add(candidate);
    result.push(candidate);
  }
  return result;
}

/** Name to show for a 0-based cell index: the header, or `column N` past its end. */
export function columnName(headers: readonly string[], index: number): string {
  return headers[index] ?? `column ${index + 1}`;
}
