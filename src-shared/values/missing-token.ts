/**
 * Placeholders that spreadsheets use for "no value". Exports from Chinese and Western
 * tools alike fill blanks with dashes, `N/A`, Excel's `#N/A`, or database `NULL`s;
 * treating them as empty keeps them out of the issue list, which should only hold
 * values a person has to look at.
 */
const MISSING_TOKENS = new Set([
  '-', '--', '---', '—', '——', '–', '/', '\\',
  'n/a', 'na', '#n/a', 'null', '(null)', 'none', '(none)', 'nil', 'nan', '(blank)',
  '无', '空', '暂无',
]);

const LONGEST_TOKEN = 6;

/** True for an empty cell or a "no value" placeholder (`--`, `N/A`, `#N/A`, `null`, `－－`…). */
export function isMissingToken(raw: string): boolean {
  if (raw.length === 0) return true;
  if (raw.length > LONGEST_TOKEN) return false;
  const lower = raw.toLowerCase();
  if (MISSING_TOKENS.has(lower)) return true;
  // Full-width forms (－－, Ｎ/Ａ) typed on a Chinese keyboard.
  return /[^\x20-\x7e]/.test(lower) && MISSING_TOKENS.has(lower.normalize('NFKC').trim());
}
