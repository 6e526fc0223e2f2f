/**
 * Cells are trimmed like `String.prototype.trim` (ECMAScript WhiteSpace and line
 * terminators, so CR, NBSP, the ideographic space U+3000 and a stray BOM go too), but
 * `trim` is only called when an end character could be one of those: most cells start and
 * end with a printable ASCII character, and skipping the call is measurably faster.
 */
const SPACE = 32;
const NBSP = 0xa0;

export function trimmed(cell: string): string {
  if (cell.length === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first <= SPACE || last <= SPACE || first >= NBSP || last >= NBSP ? cell.trim() : cell;
}

/** `text.slice(start, end)`, trimmed. */
export function trimmedSlice(text: string, start: number, end: number): string {
  return end <= start ? '' : trimmed(text.slice(start, end));
}
