/**
 * Formula injection (CSV/Excel "DDE" injection, OWASP): a cell from data that starts
 * with = + - @ (or a tab/CR that Excel strips first) would be evaluated as a formula
 * when the export is opened. Such text is written with a leading apostrophe, which
 * Excel, LibreOffice and WPS show as plain text. Numbers are never touched: -5 stays -5.
 */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
