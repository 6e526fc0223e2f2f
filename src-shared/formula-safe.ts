/**
 * Formula injection (CSV/Excel "DDE" injection, OWASP): a cell from data that starts
 * with = + - @ would be evaluated as a formula when the export is opened; so would one
 * that starts with a tab or CR (Excel strips them first), and `|` starts a DDE call in
 * LibreOffice and older Excel (`|calc'!A0`). Such text is written with a leading
 * apostrophe, which Excel, LibreOffice and WPS show as plain text. Numbers are never
 * touched: -5 stays -5. One rule for every export: the CSV writer, the Excel report and
 * the tables the page exports (CSV and XLSX).
 */
export const FORMULA_START = /^[=+\-@|\t\r]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
