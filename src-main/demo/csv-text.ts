/**
 * CSV text as spreadsheet programs write it (RFC 4180): a field is quoted when it holds
 * the separator, a quote or a line break, and quotes inside are doubled.
 */

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly (string | number)[], newline: string): string {
  return fields.map(csvField).join(',') + newline;
}

/** `1234.5` → `1,234.50`: how Chinese Excel shows money (and so quotes it in CSV). */
export function moneyWithSeparators(amount: number): string {
  const [whole, cents] = amount.toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
