/**
 * A role filled by one value for the whole file instead of a column: an ad platform's own
 * export (Google Ads, Meta Ads Manager, 巨量引擎) has no channel column — every row is
 * that platform's. In a mapping it is written `=Google Ads`, as a spreadsheet writes a
 * constant, so a mapping stays role → text wherever it is kept, sent or remembered; a
 * header that really is spelled `=…` still means that header.
 */
/** Roles a whole file may share one value of (a channel); the others name a column. */
export const WHOLE_FILE_ROLES: readonly string[] = ['channel'];

const MARK = '=';

export const mayBeWholeFile = (role: string): boolean => WHOLE_FILE_ROLES.includes(role);

/** `=Google Ads` for the value `Google Ads`. */
export const asWholeFile = (value: string): string => `${MARK}${value.trim()}`;

/** The whole file's value that `mapped` names, or null when it names a header (or nothing). */
export function wholeFileValue(mapped: string | undefined, headers: readonly string[]): string | null {
  if (!mapped?.startsWith(MARK) || headers.includes(mapped)) return null;
  const value = mapped.slice(MARK.length).trim();
  return value === '' ? null : value;
}
